// Supervision through the router on a real encrypted program: supervisors, notes about one peer
// or a group, case reviews as links, action items, cadence and overdue, and the dashboard.
import { describe, expect, it } from 'vitest';
import type { SupervisionNoteFieldsInput } from '../../shared/api/supervision';
import { routedProgram } from '../helpers/routed-program';

const DAY = 86_400_000;

// The test clock stands at 2026-03-02.
async function program() {
  const test = await routedProgram();
  const peer = async (firstName: string, lastName: string) => {
    const created = await test.call('peerSupporters.create', { firstName, lastName, capacity: 3 });
    await test.call('peerSupporters.changeStatus', { id: created.id, status: 'active', on: '2026-03-02' });
    return created.id;
  };
  const [leader] = await test.call('supervisors.list', {});
  if (!leader) throw new Error('the program leader should be a supervisor');
  return { ...test, peer, leaderId: leader.id };
}

const note = (supervisorId: number, peerSupporterIds: number[], overrides: Partial<SupervisionNoteFieldsInput> = {}) =>
  ({
    heldOn: '2026-03-02',
    durationMinutes: 45,
    supervisorId,
    format: 'individual',
    peerSupporterIds,
    topics: ['boundaries', 'self-care'],
    wellbeing: 4,
    summary: 'Talked about saying no to late-night calls.',
    ...overrides,
  }) satisfies SupervisionNoteFieldsInput;

describe('supervision', () => {
  it('makes the program leader the first supervisor, and adds, edits and retires others', async () => {
    const { call, failure, leaderId } = await program();
    expect(await call('supervisors.list', {})).toEqual([
      { id: leaderId, name: 'Alex Leader', role: 'Program leader', credentials: null, isLeader: true, retired: false },
    ]);
    const added = await call('supervisors.add', {
      name: 'Dr. Maya Chen',
      role: 'Clinical supervisor',
      credentials: 'LCSW',
    });
    expect(added).toMatchObject({ isLeader: false, retired: false, credentials: 'LCSW' });
    await call('supervisors.update', {
      id: added.id,
      fields: { name: 'Dr. Maya Chen-Ruiz', role: null, credentials: 'LCSW' },
    });
    expect((await call('supervisors.setRetired', { id: added.id, retired: true })).retired).toBe(true);
    expect((await failure('supervisors.setRetired', { id: leaderId, retired: true })).message).toMatch(
      /stays a supervisor/,
    );
  });

  it('writes a note with case reviews and action items; lists it on each peer of the group without its text', async () => {
    const { call, peer, leaderId } = await program();
    const ana = await peer('Ana', 'Silva');
    const ben = await peer('Ben', 'Okafor');
    const participant = await call('participants.create', {
      firstName: 'Zoë',
      lastName: "O'Brien",
      referralDate: '2026-01-15',
      preferences: {},
    });
    const written = await call(
      'supervision.create',
      note(leaderId, [ana, ben], {
        format: 'group',
        wellbeing: null,
        caseReviewParticipantIds: [participant.id],
        actionItems: [{ description: 'Find a boundaries refresher course', owner: 'Alex Leader', dueOn: '2026-03-20' }],
        nextSupervisionOn: '2026-03-16',
      }),
    );
    expect(written).toMatchObject({
      supervisor: 'Alex Leader',
      peerSupporters: [
        { id: ben, name: 'Ben Okafor' },
        { id: ana, name: 'Ana Silva' },
      ],
      caseReviews: [{ participantId: participant.id, name: "Zoë O'Brien" }],
      actions: [{ description: 'Find a boundaries refresher course', completedOn: null }],
    });
    for (const id of [ana, ben]) {
      const state = await call('supervision.forPeer', { peerSupporterId: id });
      expect(state).toMatchObject({ lastSupervisedOn: '2026-03-02', nextDueOn: '2026-03-16', overdue: false });
      expect(state.notes).toEqual([expect.objectContaining({ id: written.id, groupSize: 2, openActions: 1 })]);
      expect(JSON.stringify(state)).not.toContain('late-night');
    }
  });

  it('refuses a well-being check on a group note, and newly named archived people', async () => {
    const { call, failure, peer, leaderId } = await program();
    const ana = await peer('Ana', 'Silva');
    const ben = await peer('Ben', 'Okafor');
    const group = await failure('supervision.create', note(leaderId, [ana, ben], { format: 'group', wellbeing: 3 }));
    expect(group.fieldErrors?.wellbeing).toEqual([
      'A well-being check is about one peer supporter: record it in an individual note.',
    ]);
    const zoe = await call('participants.create', {
      firstName: 'Zoë',
      lastName: 'Adams',
      referralDate: '2026-01-15',
      preferences: {},
    });
    const written = await call('supervision.create', note(leaderId, [ana], { caseReviewParticipantIds: [zoe.id] }));
    await call('participants.archive', { id: zoe.id });
    await call('peerSupporters.archive', { id: ben });
    // Already named: the note can still be edited.
    await call('supervision.update', {
      id: written.id,
      fields: note(leaderId, [ana], { caseReviewParticipantIds: [zoe.id], durationMinutes: 50 }),
    });
    const archivedPeer = await failure('supervision.create', note(leaderId, [ben]));
    expect(archivedPeer.fieldErrors?.peerSupporterIds).toEqual(['Archived.']);
    const archivedReview = await failure(
      'supervision.create',
      note(leaderId, [ana], { caseReviewParticipantIds: [zoe.id] }),
    );
    expect(archivedReview.message).toMatch(/archived: restore them first/);
  });

  it('keeps, edits, adds and drops action items on update, and completes one', async () => {
    const { call, peer, leaderId } = await program();
    const ana = await peer('Ana', 'Silva');
    const first = await call(
      'supervision.create',
      note(leaderId, [ana], {
        actionItems: [
          { description: 'Call back the hospital liaison', owner: 'Ana Silva', dueOn: '2026-03-05' },
          { description: 'Book the first-aid course', owner: 'Alex Leader', dueOn: '2026-03-09' },
        ],
      }),
    );
    const [call1, course] = first.actions;
    if (!call1 || !course) throw new Error('two actions expected');
    const done = await call('supervision.completeAction', { id: call1.id, completedOn: '2026-03-02' });
    expect(done.actions.find((action) => action.id === call1.id)?.completedOn).toBe('2026-03-02');
    const updated = await call('supervision.update', {
      id: first.id,
      fields: note(leaderId, [ana], {
        actionItems: [
          { id: call1.id, description: 'Call back the hospital liaison', owner: 'Ana Silva', dueOn: '2026-03-05' },
          { description: 'Read the self-care guide', owner: 'Ana Silva', dueOn: '2026-03-12' },
        ],
      }),
    });
    expect(updated.actions.map((action) => [action.description, action.completedOn])).toEqual([
      ['Call back the hospital liaison', '2026-03-02'],
      ['Read the self-care guide', null],
    ]);
  });

  it('is overdue past the cadence after the last supervision, and the dashboard says so', async () => {
    const { call, peer, leaderId, clock } = await program();
    const ana = await peer('Ana', 'Silva');
    await call('supervision.create', note(leaderId, [ana], { heldOn: '2026-03-02' }));
    await call('settings.update', { supervisionCadenceDays: 14 });
    clock.advance(14 * DAY);
    expect(await call('supervision.forPeer', { peerSupporterId: ana })).toMatchObject({
      nextDueOn: '2026-03-16',
      overdue: false,
    });
    clock.advance(DAY);
    expect((await call('supervision.forPeer', { peerSupporterId: ana })).overdue).toBe(true);
    const attention = await call('attention.list', {});
    expect(attention.counts['supervision-overdue']).toBe(1);
    expect(attention.items).toContainEqual(
      expect.objectContaining({
        kind: 'supervision-overdue',
        person: { kind: 'peer-supporter', id: ana, name: 'Ana Silva' },
        path: `/peer-supporters/${ana}`,
      }),
    );
  });

  it('gives a peer back from leave a full cadence before they are overdue', async () => {
    const { call, peer, leaderId, clock } = await program();
    const ana = await peer('Ana', 'Silva');
    await call('supervision.create', note(leaderId, [ana], { heldOn: '2026-03-02' }));
    clock.advance(20 * DAY);
    await call('peerSupporters.changeStatus', {
      id: ana,
      status: 'on-leave',
      on: '2026-03-05',
      leaveUntil: '2026-03-20',
    });
    await call('peerSupporters.changeStatus', { id: ana, status: 'active', on: '2026-03-20' });
    clock.advance(15 * DAY);
    // 2026-04-06: past 30 days from the last note, but not 30 days from the return.
    expect(await call('supervision.forPeer', { peerSupporterId: ana })).toMatchObject({
      nextDueOn: '2026-04-19',
      overdue: false,
    });
  });

  it('lists an action item due yesterday on the dashboard, and not once it is done', async () => {
    const { call, peer, leaderId, clock } = await program();
    const ana = await peer('Ana', 'Silva');
    const written = await call(
      'supervision.create',
      note(leaderId, [ana], {
        actionItems: [{ description: 'Private detail of the action', owner: 'Ana Silva', dueOn: '2026-03-03' }],
      }),
    );
    clock.advance(2 * DAY);
    const before = await call('attention.list', {});
    expect(before.counts['action-overdue']).toBe(1);
    const item = before.items.find((entry) => entry.kind === 'action-overdue');
    expect(item).toMatchObject({ path: `/peer-supporters/${ana}/supervision/${written.id}`, dueOn: '2026-03-03' });
    expect(JSON.stringify(before)).not.toContain('Private detail');
    const action = written.actions[0];
    if (!action) throw new Error('an action expected');
    await call('supervision.completeAction', { id: action.id, completedOn: '2026-03-04' });
    expect((await call('attention.list', {})).counts['action-overdue']).toBe(0);
  });

  it('flags the latest consent of each kind that expires soon, expired or lacks elements, for participants served', async () => {
    const { call } = await program();
    const kinds = Object.fromEntries(
      (await call('consentKinds.list', {})).map((kind) => [kind.code ?? kind.label, kind.id]),
    );
    const zoe = await call('participants.create', {
      firstName: 'Zoë',
      lastName: 'Adams',
      referralDate: '2026-01-15',
      preferences: {},
    });
    const full = {
      participantId: zoe.id,
      kindId: kinds.participation,
      disclosingParty: 'Riverside Peers',
      information: 'Records of peer support',
      recipients: 'The program',
      purposes: ['Peer support'],
      revocationTerms: 'At any time',
      signedOn: '2026-01-20',
      method: 'paper' as const,
    };
    await call('consents.create', { ...full, expiresOn: '2026-02-01' });
    let attention = await call('attention.list', {});
    expect(attention.counts).toMatchObject({ 'consent-expired': 1, 'consent-expiring': 0, 'consent-incomplete': 0 });
    // Replaced by a newer one of the same kind: the old one is no longer flagged.
    await call('consents.create', { ...full, signedOn: '2026-02-25', expiresOn: '2026-03-20' });
    attention = await call('attention.list', {});
    expect(attention.counts).toMatchObject({ 'consent-expired': 0, 'consent-expiring': 1 });
    const research = await call('consents.create', { ...full, kindId: kinds.research, expiresOn: null });
    attention = await call('attention.list', {});
    expect(attention.counts['consent-incomplete']).toBe(1);
    expect(attention.items.find((item) => item.kind === 'consent-incomplete')?.detail).toBe(
      'Research: missing an expiry date or event',
    );
    await call('consents.update', {
      id: research.id,
      fields: { ...full, kindId: kinds.research, expiresOn: '2027-12-31' },
    });
    expect((await call('attention.list', {})).counts['consent-incomplete']).toBe(0);
    await call('consents.update', { id: research.id, fields: { ...full, kindId: kinds.research, expiresOn: null } });
    expect((await call('attention.list', {})).counts['consent-incomplete']).toBe(1);
    // A closed participant needs no consent work.
    await call('participants.changeStatus', {
      id: zoe.id,
      status: 'closed',
      on: '2026-03-02',
      closureReasonId: (await call('vocabulary.list', { kind: 'closure-reason' }))[0]?.id ?? 0,
    });
    attention = await call('attention.list', {});
    expect(attention.counts).toMatchObject({ 'consent-expired': 0, 'consent-expiring': 0, 'consent-incomplete': 0 });
  });

  it('audits every note written, changed and opened, by id only', async () => {
    const { call, peer, leaderId, session } = await program();
    const ana = await peer('Ana', 'Silva');
    const written = await call('supervision.create', note(leaderId, [ana]));
    await call('supervision.get', { id: written.id });
    const rows = await session
      .requireOpen()
      .dataSource.manager.query<{ action: string; detail: string }[]>(
        `SELECT action, detail FROM audit_log WHERE action LIKE 'supervision%' ORDER BY seq`,
      );
    expect(rows.map((row) => [row.action, JSON.parse(row.detail) as unknown])).toEqual([
      ['supervision.create', { host: 'cli', id: written.id }],
      ['supervision.view', { host: 'cli', id: written.id }],
    ]);
  });
});
