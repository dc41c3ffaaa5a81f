// Matching through the router on a real encrypted program: suggestions with their reasons, the
// match lifecycle (capacity, the participant's status, history), follow-ups from the settings,
// "not a fit" and the re-match, "do not match" pairs, and the dashboard's matching items.
import { describe, expect, it } from 'vitest';
import type { ParticipantFieldsInput } from '../../shared/api/participants';
import type { PeerStatus, PeerSupporterFieldsInput } from '../../shared/api/peer-supporters';
import { DEFAULT_MATCH_WEIGHTS } from '../../shared/api/matching';
import { routedProgram } from '../helpers/routed-program';

const DAY = 86_400_000;

// The test clock stands at 2026-03-02.
async function program() {
  const test = await routedProgram();
  const experience = await test.terms('experience');
  const languages = await test.terms('language');
  const split = (name: string) => {
    const [firstName = '', lastName = ''] = name.split(' ');
    return { firstName, lastName };
  };
  const peer = async (name: string, fields: Partial<PeerSupporterFieldsInput> = {}, status: PeerStatus = 'active') => {
    const created = await test.call('peerSupporters.create', { ...split(name), capacity: 2, ...fields });
    await test.call('peerSupporters.changeStatus', { id: created.id, status, on: '2026-03-02' });
    return created.id;
  };
  const participant = async (
    name: string,
    fields: Partial<ParticipantFieldsInput> = {},
    preferences: ParticipantFieldsInput['preferences'] = {},
  ) => {
    const created = await test.call('participants.create', {
      ...split(name),
      referralDate: '2026-01-15',
      ...fields,
      preferences,
    });
    await test.call('participants.changeStatus', { id: created.id, status: 'waiting', on: '2026-02-01' });
    return created.id;
  };
  const manager = () => test.session.requireOpen().dataSource.manager;
  /** A contact row as the contacts service would write it (that service is tested on its own). */
  const contact = async (row: {
    matchId: number | null;
    participantId: number;
    peerSupporterId: number | null;
    occurredAt: string;
    isAttempt?: boolean;
    concern?: string;
  }) => {
    await manager().query(
      `INSERT INTO contact (match_id, participant_id, peer_supporter_id, occurred_at, is_attempt, duration_minutes,
         modality, initiated_by, concern_raised, concern, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'phone', 'peer-supporter', ?, ?, ?, ?)`,
      [
        row.matchId,
        row.participantId,
        row.peerSupporterId,
        row.occurredAt,
        row.isAttempt ? 1 : 0,
        row.isAttempt ? null : 30,
        row.concern === undefined ? 0 : 1,
        row.concern ?? null,
        '2026-03-02T09:00:00.000Z',
        '2026-03-02T09:00:00.000Z',
      ],
    );
  };
  const suggested = async (participantId: number) =>
    (await test.call('matches.suggest', { participantId })).ranked.map((entry) => entry.peer.id);
  return { ...test, experience, languages, peer, participant, contact, suggested };
}

describe('match suggestions', () => {
  it('ranks the peer supporters who can take a participant, with reasons, and lists the others with why not', async () => {
    const { call, failure, experience, languages, peer, participant } = await program();
    const lumpectomy = experience.Lumpectomy ?? 0;
    const zoe = await participant(
      "Zoë O'Brien",
      { experienceTagIds: [lumpectomy], region: 'North' },
      { languageId: languages.Spanish ?? 0, gender: 'woman' },
    );
    const ana = await peer('Ana Silva', {
      experienceTagIds: [experience['Breast cancer'] ?? 0, lumpectomy],
      languageIds: [languages.Spanish ?? 0],
      gender: 'woman',
      region: 'North',
    });
    const ben = await peer('Ben Okafor', { experienceTagIds: [experience['Breast cancer'] ?? 0], gender: 'man' });
    const cleo = await peer('Cleo Park', { experienceTagIds: [lumpectomy] }, 'on-leave');
    const dee = await peer('Dee Lund', {}, 'in-training');

    const suggestions = await call('matches.suggest', { participantId: zoe });
    expect(suggestions.fallback).toBeNull();
    expect(suggestions.ranked.map((entry) => entry.peer.id)).toEqual([ana, ben]);
    expect(suggestions.ranked[0]?.reasons.map((reason) => reason.text)).toEqual([
      'shares: Breast cancer, Lumpectomy',
      'speaks Spanish, as preferred',
      'woman, as preferred',
      'same region',
      '2 of 2 places free',
    ]);
    expect(suggestions.ranked[1]?.reasons.map((reason) => reason.text)).toEqual([
      'related experience: Breast cancer (not Lumpectomy)',
      'does not speak Spanish (preferred)',
      'man (woman preferred)',
      'region not recorded',
      '2 of 2 places free',
    ]);
    expect(suggestions.excluded).toEqual([
      { peer: expect.objectContaining({ id: cleo, name: 'Cleo Park' }), reasons: ['on leave'] },
      { peer: expect.objectContaining({ id: dee, name: 'Dee Lund' }), reasons: ['not active (in training)'] },
    ]);

    const closureReason = (await call('vocabulary.list', { kind: 'closure-reason' }))[0]?.id ?? 0;
    await call('participants.changeStatus', {
      id: zoe,
      status: 'closed',
      on: '2026-03-01',
      closureReasonId: closureReason,
    });
    expect((await failure('matches.suggest', { participantId: zoe })).message).toBe(
      "Zoë O'Brien is closed: reopen them before matching.",
    );
    const sam = await participant('Sam Lee');
    await call('participants.archive', { id: sam });
    expect((await failure('matches.suggest', { participantId: sam })).message).toMatch(/archived/);
  });

  it('re-ranks at once when the weights change in the settings', async () => {
    const { call, languages, peer, participant, suggested } = await program();
    const zoe = await participant('Zoë Adams', { region: 'North' }, { languageId: languages.Spanish ?? 0 });
    const near = await peer('Ana Silva', { region: 'North' });
    const speaks = await peer('Ben Okafor', { region: 'South', languageIds: [languages.Spanish ?? 0] });
    expect(await suggested(zoe)).toEqual([speaks, near]);
    await call('settings.update', { matchWeights: { ...DEFAULT_MATCH_WEIGHTS, language: 2, region: 30 } });
    expect(await suggested(zoe)).toEqual([near, speaks]);
  });
});

describe('the match lifecycle', () => {
  it('proposes, starts and ends a match: capacity, the participant’s status and history follow', async () => {
    const { call, failure, peer, participant } = await program();
    const zoe = await participant('Zoë Adams');
    const ruth = await participant('Ruth Abebe');
    const ana = await peer('Ana Silva', { capacity: 1 });

    const proposed = await call('matches.create', { participantId: zoe, peerSupporterId: ana });
    expect(proposed).toMatchObject({
      status: 'proposed',
      proposedOn: '2026-03-02',
      startedOn: null,
      chosenRank: 1,
      followUps: [],
      participant: { id: zoe, name: 'Zoë Adams' },
      peerSupporter: { id: ana, name: 'Ana Silva' },
    });
    expect((await call('participants.get', { id: zoe })).status).toBe('waiting');
    // A proposal takes no place yet.
    expect((await call('matches.suggest', { participantId: ruth })).ranked[0]?.peer).toMatchObject({
      id: ana,
      activeMatches: 0,
    });
    const second = await failure('matches.create', { participantId: zoe, peerSupporterId: ana });
    expect(second.fieldErrors?.participantId).toEqual([
      'Zoë Adams already has a proposed match with Ana Silva: end it first.',
    ]);

    const early = await failure('matches.start', { id: proposed.id, startedOn: '2026-03-01' });
    expect(early.fieldErrors?.startedOn).toEqual(['The match cannot start before it was proposed (2026-03-02).']);
    const started = await call('matches.start', { id: proposed.id, startedOn: '2026-03-02' });
    expect(started).toMatchObject({ status: 'active', startedOn: '2026-03-02', daysWithoutContact: 0, cadence: 'ok' });
    const matched = await call('participants.get', { id: zoe });
    expect(matched).toMatchObject({ status: 'matched', statusSince: '2026-03-02' });
    expect(matched.history[0]).toMatchObject({ from: 'waiting', to: 'matched', on: '2026-03-02' });

    const full = await call('matches.suggest', { participantId: ruth });
    expect(full.ranked).toEqual([]);
    expect(full.excluded[0]?.reasons).toEqual(['no places free (1 of 1 matches)']);
    const refused = await failure('matches.create', { participantId: ruth, peerSupporterId: ana });
    expect(refused.fieldErrors?.peerSupporterId).toEqual([
      'Ana Silva cannot take this participant: no places free (1 of 1 matches).',
    ]);

    const closureReason = (await call('vocabulary.list', { kind: 'closure-reason' }))[0]?.id ?? 0;
    const before = await failure('matches.end', { id: proposed.id, endedOn: '2026-03-01', reason: 'goals-met' });
    expect(before.fieldErrors?.endedOn).toEqual(['The match cannot end before it began (2026-03-02).']);
    const ended = await call('matches.end', {
      id: proposed.id,
      endedOn: '2026-03-02',
      reason: 'goals-met',
      then: 'close',
      closureReasonId: closureReason,
    });
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-03-02', endReason: 'goals-met', cadence: 'ok' });
    expect(await call('participants.get', { id: zoe })).toMatchObject({
      status: 'closed',
      closureReasonId: closureReason,
    });
    expect((await call('matches.suggest', { participantId: ruth })).ranked.map((entry) => entry.peer.id)).toEqual([
      ana,
    ]);
    expect(
      (await failure('matches.end', { id: proposed.id, endedOn: '2026-03-02', reason: 'other', note: 'x' })).message,
    ).toBe('This match has already ended.');

    // History stays: the ended match is listed with the participant's and the peer's.
    const history = await call('matches.list', { peerSupporterId: ana });
    expect(history).toMatchObject({ total: 1, rows: [{ id: proposed.id, status: 'ended', endReason: 'goals-met' }] });
    expect((await call('matches.list', { participantId: ruth })).total).toBe(0);
  });

  it('gives an active match its follow-ups from the settings; a contact settles the reminder', async () => {
    const { call, contact, peer, participant } = await program();
    await call('settings.update', {
      followUps: {
        fitCheckFromDay: 5,
        fitCheckByDay: 10,
        contactReminderDay: 15,
        cadenceAlertDays: 20,
        cadenceEscalateDays: 40,
      },
    });
    const zoe = await participant('Zoë Adams');
    const ana = await peer('Ana Silva');
    const match = await call('matches.create', { participantId: zoe, peerSupporterId: ana, startedOn: '2026-02-20' });
    expect(match).toMatchObject({ status: 'active', proposedOn: '2026-02-20', daysWithoutContact: 10 });
    expect(match.followUps).toEqual([
      expect.objectContaining({ kind: 'fit-check', dueFrom: '2026-02-25', dueOn: '2026-03-02', settled: false }),
      expect.objectContaining({ kind: 'contact-reminder', dueFrom: '2026-03-07', dueOn: '2026-03-07', settled: false }),
    ]);
    await contact({
      matchId: match.id,
      participantId: zoe,
      peerSupporterId: ana,
      occurredAt: '2026-02-27T10:00',
      isAttempt: true,
    });
    expect((await call('matches.get', { id: match.id })).followUps[1]?.settled).toBe(false);
    await contact({ matchId: match.id, participantId: zoe, peerSupporterId: ana, occurredAt: '2026-02-28T10:00' });
    expect(await call('matches.get', { id: match.id })).toMatchObject({
      daysWithoutContact: 2,
      followUps: [expect.anything(), expect.objectContaining({ settled: true })],
    });
    expect((await call('matches.list', { participantId: zoe })).rows[0]?.lastContactAt).toBe('2026-02-28T10:00');
  });

  it('a fit check answered "not a fit" ends the match; the re-match links to it and history stays', async () => {
    const { call, failure, peer, participant, suggested } = await program();
    const zoe = await participant('Zoë Adams');
    const ana = await peer('Ana Silva');
    const ben = await peer('Ben Okafor');
    const first = await call('matches.create', { participantId: zoe, peerSupporterId: ana, startedOn: '2026-02-20' });
    const fitCheck = first.followUps.find((followUp) => followUp.kind === 'fit-check');
    if (!fitCheck) throw new Error('a fit check was expected');

    const unanswered = await failure('matches.completeFollowUp', { id: fitCheck.id, completedOn: '2026-02-28' });
    expect(Object.keys(unanswered.fieldErrors ?? {}).sort()).toEqual(['firstContactHappened', 'fitAnswer']);
    const ended = await call('matches.completeFollowUp', {
      id: fitCheck.id,
      completedOn: '2026-02-28',
      firstContactHappened: true,
      fitAnswer: 'not-a-fit',
      note: 'They did not get on.',
    });
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-02-28', endReason: 'not-a-fit' });
    expect(ended.followUps[0]).toMatchObject({
      completedOn: '2026-02-28',
      fitAnswer: 'not-a-fit',
      firstContactHappened: true,
    });
    expect(await call('participants.get', { id: zoe })).toMatchObject({ status: 'waiting', statusSince: '2026-02-28' });

    const suggestions = await call('matches.suggest', { participantId: zoe });
    expect(suggestions.ranked.map((entry) => entry.peer.id)).toEqual([ben]);
    expect(suggestions.excluded[0]?.reasons).toEqual(['ended as not a fit with this participant (2026-02-28)']);
    expect(await suggested(zoe)).not.toContain(ana);

    const other = await participant('Ruth Abebe');
    const wrongPrevious = await failure('matches.create', {
      participantId: other,
      peerSupporterId: ben,
      previousMatchId: first.id,
    });
    expect(wrongPrevious.fieldErrors?.previousMatchId).toBeDefined();
    const second = await call('matches.create', {
      participantId: zoe,
      peerSupporterId: ben,
      startedOn: '2026-03-01',
      previousMatchId: first.id,
    });
    expect(second).toMatchObject({ status: 'active', previousMatchId: first.id, nextMatchId: null });
    expect((await call('matches.get', { id: first.id })).nextMatchId).toBe(second.id);
    expect((await call('matches.list', { participantId: zoe })).rows.map((row) => [row.id, row.status])).toEqual([
      [second.id, 'active'],
      [first.id, 'ended'],
    ]);
  });

  it('asks why a peer supporter below the suggested was chosen', async () => {
    const { call, failure, experience, peer, participant } = await program();
    const diabetes = experience.Diabetes ?? 0;
    const zoe = await participant('Zoë Adams', { experienceTagIds: [diabetes] });
    for (const name of ['Ana Able', 'Ben Baker', 'Cleo Cole', 'Dee Dunn', 'Eve Ezra']) {
      await peer(name, { experienceTagIds: [diabetes] });
    }
    const sixth = await peer('Fay Fox');
    const refused = await failure('matches.create', { participantId: zoe, peerSupporterId: sixth });
    expect(refused.fieldErrors?.choiceReason).toEqual(['Say why you chose a peer supporter who was not suggested.']);
    const match = await call('matches.create', {
      participantId: zoe,
      peerSupporterId: sixth,
      choiceReason: 'They already know the family doctor.',
    });
    expect(match).toMatchObject({ chosenRank: 6, choiceReason: 'They already know the family doctor.' });
  });
});

describe('do not match', () => {
  it('excludes a recorded pair, lists it on both people, refuses a duplicate, and can be removed', async () => {
    const { call, failure, peer, participant, suggested } = await program();
    const zoe = await participant('Zoë Adams');
    const ana = await peer('Ana Silva');
    const ben = await peer('Ben Okafor');
    const pair = await call('doNotMatch.add', {
      participantId: zoe,
      peerSupporterId: ana,
      reason: 'known-to-each-other',
    });
    expect(pair).toMatchObject({
      participant: { id: zoe, name: 'Zoë Adams' },
      peerSupporter: { id: ana, name: 'Ana Silva' },
      reason: 'known-to-each-other',
      recordedOn: '2026-03-02',
    });
    expect(await call('doNotMatch.list', { participantId: zoe })).toEqual([pair]);
    expect(await call('doNotMatch.list', { peerSupporterId: ana })).toEqual([pair]);
    expect(await call('doNotMatch.list', { peerSupporterId: ben })).toEqual([]);

    expect(await suggested(zoe)).toEqual([ben]);
    const excluded = (await call('matches.suggest', { participantId: zoe })).excluded;
    expect(excluded).toEqual([
      { peer: expect.objectContaining({ id: ana }), reasons: ['recorded: do not match (known to each other)'] },
    ]);
    const refused = await failure('matches.create', { participantId: zoe, peerSupporterId: ana });
    expect(refused.fieldErrors?.peerSupporterId?.[0]).toMatch(/do not match/);
    const duplicate = await failure('doNotMatch.add', {
      participantId: zoe,
      peerSupporterId: ana,
      reason: 'other',
      note: 'x',
    });
    expect(duplicate.message).toBe('Zoë Adams and Ana Silva are already recorded as not to be matched.');

    expect(await call('doNotMatch.remove', { id: pair.id })).toEqual(pair);
    expect((await suggested(zoe)).sort()).toEqual([ana, ben].sort());
  });
});

describe('the dashboard', () => {
  it('shows a match with no contact for 15 days, the fit check due, a waiting participant and a concern', async () => {
    const { call, clock, contact, peer, participant } = await program();
    const zoe = await participant('Zoë Adams');
    const ruth = await participant('Ruth Abebe');
    const ana = await peer('Ana Silva');
    const match = await call('matches.create', { participantId: zoe, peerSupporterId: ana, startedOn: '2026-03-02' });
    const at = async () => (await call('attention.list', {})).items.filter((item) => item.path.includes('match'));

    expect((await call('attention.list', {})).counts).toMatchObject({
      'match-cadence': 0,
      'fit-check-due': 0,
      'participant-waiting': 1,
    });
    expect(await at()).toEqual([
      {
        kind: 'participant-waiting',
        person: { kind: 'participant', id: ruth, name: 'Ruth Abebe' },
        path: `/participants/${ruth}/match`,
        detail: 'Waiting 29 days, since 2026-02-01',
        dueOn: '2026-02-01',
      },
    ]);

    clock.advance(7 * DAY);
    expect((await at()).filter((item) => item.kind === 'fit-check-due')).toEqual([
      {
        kind: 'fit-check-due',
        person: { kind: 'participant', id: zoe, name: 'Zoë Adams' },
        path: `/matches/${match.id}`,
        detail: 'Fit check due by 2026-03-16',
        dueOn: '2026-03-16',
      },
    ]);
    clock.advance(6 * DAY);
    expect((await call('attention.list', {})).counts['match-cadence']).toBe(0);
    clock.advance(DAY);
    expect((await at()).find((item) => item.kind === 'match-cadence')?.detail).toBe(
      'No contact for 14 days with Zoë Adams',
    );
    clock.advance(DAY);
    // 2026-03-17: fifteen days without a contact.
    const items = await at();
    expect(items.find((item) => item.kind === 'fit-check-due')?.detail).toBe('Fit check overdue: due by 2026-03-16');
    expect(items.filter((item) => item.kind === 'match-cadence')).toEqual([
      {
        kind: 'match-cadence',
        person: { kind: 'peer-supporter', id: ana, name: 'Ana Silva' },
        path: `/matches/${match.id}`,
        detail: 'No contact for 15 days with Zoë Adams',
        dueOn: '2026-03-16',
      },
    ]);
    expect((await call('matches.get', { id: match.id })).cadence).toBe('alert');

    // An attempt is not a contact; a contact resets the count.
    await contact({
      matchId: match.id,
      participantId: zoe,
      peerSupporterId: ana,
      occurredAt: '2026-03-16T09:00',
      isAttempt: true,
    });
    expect((await call('attention.list', {})).counts['match-cadence']).toBe(1);
    await contact({ matchId: match.id, participantId: zoe, peerSupporterId: ana, occurredAt: '2026-03-10T09:00' });
    expect((await call('attention.list', {})).counts['match-cadence']).toBe(0);

    clock.advance(30 * DAY);
    const late = await call('attention.list', {});
    expect(late.items.find((item) => item.kind === 'match-cadence')?.detail).toBe(
      'Escalated: no contact for 37 days with Zoë Adams',
    );
    expect(late.counts['contact-reminder-due']).toBe(0);

    await contact({
      matchId: null,
      participantId: ruth,
      peerSupporterId: null,
      occurredAt: '2026-04-01T09:00',
      concern: 'CONCERN-TEXT',
    });
    const concerns = (await call('attention.list', {})).items.filter((item) => item.kind === 'concern-raised');
    expect(concerns).toEqual([
      {
        kind: 'concern-raised',
        person: { kind: 'participant', id: ruth, name: 'Ruth Abebe' },
        path: `/participants/${ruth}`,
        detail: 'Concern raised 2026-04-01 about Ruth Abebe',
        dueOn: '2026-04-01',
      },
    ]);
    expect(JSON.stringify(await call('attention.list', {}))).not.toContain('CONCERN-TEXT');
  });

  it('reminds to call the peer supporter when a match has had no contact by the reminder day', async () => {
    const { call, clock, contact, peer, participant } = await program();
    const zoe = await participant('Zoë Adams');
    const ana = await peer('Ana Silva');
    const match = await call('matches.create', { participantId: zoe, peerSupporterId: ana, startedOn: '2026-03-02' });
    clock.advance(21 * DAY);
    const reminders = async () =>
      (await call('attention.list', {})).items.filter((item) => item.kind === 'contact-reminder-due');
    expect(await reminders()).toEqual([
      {
        kind: 'contact-reminder-due',
        person: { kind: 'peer-supporter', id: ana, name: 'Ana Silva' },
        path: `/matches/${match.id}`,
        detail: 'No contact logged with Zoë Adams since the match started 2026-03-02',
        dueOn: '2026-03-23',
      },
    ]);
    await contact({ matchId: match.id, participantId: zoe, peerSupporterId: ana, occurredAt: '2026-03-20T09:00' });
    expect(await reminders()).toEqual([]);
  });
});
