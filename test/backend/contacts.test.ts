// The contact log through the router on a real encrypted program: contacts and attempts on a
// match as a timeline with totals, referrals to the resource directory, concerns raised and
// resolved, and input refused with the field named and nothing changed.
import { describe, expect, it } from 'vitest';
import type { ContactFieldsInput } from '../../shared/api/contacts';
import { routedProgram } from '../helpers/routed-program';

// The test clock stands at 2026-03-02; the match runs from 2026-02-01.
async function programWithMatch() {
  const test = await routedProgram();
  const participant = await test.call('participants.create', {
    firstName: 'Maria',
    lastName: 'Lopez',
    referralDate: '2026-01-10',
    preferences: {},
  });
  await test.call('participants.changeStatus', { id: participant.id, status: 'waiting', on: '2026-01-12' });
  const peer = await test.call('peerSupporters.create', { firstName: 'Ana', lastName: 'Silva', capacity: 3 });
  await test.call('peerSupporters.changeStatus', { id: peer.id, status: 'active', on: '2026-03-02' });
  const match = await test.call('matches.create', {
    participantId: participant.id,
    peerSupporterId: peer.id,
    startedOn: '2026-02-01',
  });
  const clinic = await test.call('resources.add', { name: 'County clinic', type: 'clinical-care' });
  const base: ContactFieldsInput = {
    matchId: match.id,
    participantId: participant.id,
    occurredAt: '2026-02-03T10:00',
    durationMinutes: 30,
    modality: 'phone',
  };
  const auditCount = async () =>
    (
      await test.session.requireOpen().dataSource.manager.query<{ n: number }[]>('SELECT count(*) AS n FROM audit_log')
    )[0].n;
  return { ...test, participant, peer, match, clinic, base, auditCount };
}

describe('contacts', () => {
  it('logs contacts and attempts on a match, newest first, with totals that leave attempts out', async () => {
    const { call, base, match, peer, clinic } = await programWithMatch();
    const first = await call('contacts.create', {
      ...base,
      functions: ['being-there', 'social-emotional'],
      fidelityItems: ['promote-hope'],
    });
    expect(first.peerSupporter).toEqual({ id: peer.id, name: 'Ana Silva' });
    await call('contacts.create', {
      ...base,
      occurredAt: '2026-02-10T09:15',
      isAttempt: true,
      durationMinutes: null,
    });
    await call('contacts.create', {
      ...base,
      occurredAt: '2026-02-12T14:30',
      durationMinutes: 45,
      modality: 'in-person',
      initiatedBy: 'participant',
      functions: ['linkage', 'social-emotional'],
      referrals: [{ resourceId: clinic.id, note: 'Foot check' }],
      nextContactOn: '2026-02-19',
    });

    const timeline = await call('contacts.list', { matchId: match.id });
    expect(timeline.entries.map((entry) => [entry.occurredAt, entry.isAttempt])).toEqual([
      ['2026-02-12T14:30', false],
      ['2026-02-10T09:15', true],
      ['2026-02-03T10:00', false],
    ]);
    expect(timeline.entries[0]?.referrals).toEqual([
      { resourceId: clinic.id, resource: 'County clinic', note: 'Foot check' },
    ]);
    expect(timeline.totals).toEqual({
      contacts: 2,
      attempts: 1,
      minutes: 75,
      byModality: { phone: 1, 'in-person': 1 },
      byFunction: { 'being-there': 1, 'social-emotional': 2, linkage: 1 },
      referrals: 1,
      lastContactAt: '2026-02-12T14:30',
    });
    // The resource counts the referral; the participant's own timeline holds the same entries.
    expect((await call('resources.list', {}))[0]?.referrals).toBe(1);
    const byParticipant = await call('contacts.list', { participantId: base.participantId });
    expect(byParticipant.entries).toHaveLength(3);
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const { failure, call, base, match, clinic, auditCount, participant } = await programWithMatch();
    const before = await auditCount();
    const cases: Array<[ContactFieldsInput, string, RegExp]> = [
      [{ ...base, durationMinutes: null }, 'durationMinutes', /minutes/],
      [{ ...base, occurredAt: '2026-01-20T10:00' }, 'occurredAt', /started on 2026-02-01/],
      [{ ...base, occurredAt: '2026-02-31T10:00' }, 'occurredAt', /does not exist/],
      [{ ...base, occurredAt: '2099-01-01T10:00' }, 'occurredAt', /future/],
      [{ ...base, isAttempt: true, durationMinutes: null, functions: ['linkage'] }, 'isAttempt', /attempt/],
      [{ ...base, concernRaised: true }, 'concern', /concern/],
      [{ ...base, referrals: [{ resourceId: 999 }] }, 'referrals.0.resourceId', /directory/],
      [{ ...base, peerSupporterId: 999 }, 'peerSupporterId', /peer supporter/],
      [{ ...base, participantId: participant.id + 100 }, 'participantId', /participant/],
    ];
    for (const [input, field, message] of cases) {
      const error = await failure('contacts.create', input);
      expect(error.fieldErrors?.[field]?.[0], field).toMatch(message);
    }
    // A retired resource cannot take new referrals.
    await call('resources.setRetired', { id: clinic.id, retired: true });
    const retired = await failure('contacts.create', { ...base, referrals: [{ resourceId: clinic.id }] });
    expect(retired.fieldErrors?.['referrals.0.resourceId']?.[0]).toMatch(/retired/);
    // A contact after the match ended is refused.
    await call('matches.end', { id: match.id, endedOn: '2026-02-20', reason: 'goals-met' });
    const late = await failure('contacts.create', { ...base, occurredAt: '2026-02-21T10:00' });
    expect(late.fieldErrors?.occurredAt?.[0]).toMatch(/ended on 2026-02-20/);

    expect((await call('contacts.list', { matchId: match.id })).entries).toEqual([]);
    // Only the retirement and the ending were written to the audit log.
    expect(await auditCount()).toBe(before + 2);
  });

  it('updates and deletes a contact, and keeps it on its match', async () => {
    const { call, failure, base, match } = await programWithMatch();
    const contact = await call('contacts.create', base);
    const updated = await call('contacts.update', {
      id: contact.id,
      fields: { ...base, durationMinutes: 50, privateNotes: 'Talked about the new diet.' },
    });
    expect(updated.durationMinutes).toBe(50);
    expect(updated.privateNotes).toBe('Talked about the new diet.');
    const moved = await failure('contacts.update', { id: contact.id, fields: { ...base, matchId: null } });
    expect(moved.fieldErrors?.matchId?.[0]).toMatch(/stays on its match/);
    await call('contacts.delete', { id: contact.id });
    expect((await call('contacts.list', { matchId: match.id })).totals.contacts).toBe(0);
    expect((await failure('contacts.get', { id: contact.id })).fieldErrors?.id?.[0]).toMatch(/does not exist/);
  });

  it("lists concerns raised on the peer supporter's contacts and resolves them once", async () => {
    const { call, failure, base, peer, participant } = await programWithMatch();
    const contact = await call('contacts.create', {
      ...base,
      concernRaised: true,
      concern: 'Says she has stopped sleeping.',
    });
    // A contact without a match can name the peer supporter who was in touch.
    await call('contacts.create', {
      ...base,
      matchId: null,
      peerSupporterId: peer.id,
      occurredAt: '2026-01-20T16:00',
      modality: 'text',
      concernRaised: true,
      concern: 'Missed the clinic twice.',
    });
    const concerns = await call('contacts.peerConcerns', { peerSupporterId: peer.id });
    expect(concerns.map((c) => [c.raisedAt, c.concern, c.resolvedOn])).toEqual([
      ['2026-02-03T10:00', 'Says she has stopped sleeping.', null],
      ['2026-01-20T16:00', 'Missed the clinic twice.', null],
    ]);
    expect(concerns[0]?.participant).toEqual({ id: participant.id, name: 'Maria Lopez' });
    const attention = await call('attention.list', {});
    expect(attention.counts['concern-raised']).toBe(2);
    expect(JSON.stringify(attention.items)).not.toContain('stopped sleeping');

    const early = await failure('contacts.resolveConcern', { id: contact.id, resolvedOn: '2026-02-01' });
    expect(early.fieldErrors?.resolvedOn?.[0]).toMatch(/raised on 2026-02-03/);
    const resolved = await call('contacts.resolveConcern', {
      id: contact.id,
      resolvedOn: '2026-02-05',
      note: 'Referred to her GP; sleeping better.',
    });
    expect([resolved.concernResolvedOn, resolved.concernResolution]).toEqual([
      '2026-02-05',
      'Referred to her GP; sleeping better.',
    ]);
    const again = await failure('contacts.resolveConcern', { id: contact.id, resolvedOn: '2026-02-06' });
    expect(again.fieldErrors?.resolvedOn?.[0]).toMatch(/resolved on 2026-02-05/);
    expect((await call('attention.list', {})).counts['concern-raised']).toBe(1);
  });
});
