// A small program with known answers for every measure of a funder report, built through the
// router as the UI builds it. The period is the second quarter of 2026 (April to June); a few
// records fall just outside it. The comments give the answers the tests expect.
import { routedProgram } from '../helpers/routed-program';

export const PERIOD = { from: '2026-04-01', to: '2026-06-30' };

export async function reportFixture() {
  const test = await routedProgram();
  const { call, terms, clock } = test;
  const languages = await terms('language');
  const experiences = await terms('experience');
  const need = (await call('vocabulary.list', { kind: 'experience' })).find((term) => term.isNeed);
  const topics = await call('vocabulary.list', { kind: 'training-topic' });
  const topicId = topics[0].id;

  // Peer supporters are created on the clock's day (2026-03-02) as applicants.
  const peer = async (firstName: string, engagement: 'volunteer' | 'paid', activeOn: string) => {
    const created = await call('peerSupporters.create', { firstName, lastName: 'Peer', capacity: 3, engagement });
    await call('peerSupporters.changeStatus', { id: created.id, status: 'active', on: activeOn });
    return created.id;
  };
  const p1 = await peer('Pat', 'volunteer', '2026-03-10'); // active before the period
  const p3 = await peer('Quinn', 'volunteer', '2026-03-05'); // on leave from 20 June
  const p2 = await peer('Robin', 'paid', '2026-04-15'); // newly trained in the period
  clock.advance(140 * 86_400_000); // 2026-07-20: everything below is in the past
  await call('peerSupporters.addTraining', { peerSupporterId: p2, topicId, on: '2026-04-01', hours: 8 });
  await call('peerSupporters.addTraining', { peerSupporterId: p1, topicId, on: '2026-03-31', hours: 4 });
  await call('peerSupporters.addCertification', {
    peerSupporterId: p1,
    name: 'Peer specialist',
    issuedOn: '2026-01-01',
    expiresOn: '2026-07-01',
  });
  await call('peerSupporters.addCertification', {
    peerSupporterId: p2,
    name: 'Peer specialist',
    issuedOn: '2025-06-01',
    expiresOn: '2026-06-01',
  });
  await call('peerSupporters.addCertification', {
    peerSupporterId: p3,
    name: 'Peer specialist',
    issuedOn: '2026-01-01',
  });

  const participant = async (
    firstName: string,
    referralDate: string,
    waitingOn: string | null,
    extra: Record<string, unknown> = {},
  ) => {
    const created = await call('participants.create', {
      firstName,
      lastName: 'Person',
      referralDate,
      preferences: {},
      ...extra,
    });
    if (waitingOn) await call('participants.changeStatus', { id: created.id, status: 'waiting', on: waitingOn });
    return created.id;
  };
  const a = await participant('Ada', '2026-03-01', '2026-03-05', {
    birthDate: '1980-07-15', // 45 on 30 June
    gender: 'woman',
    region: 'Région Québec',
    languageIds: [languages.English, languages.Spanish],
    experienceTagIds: [experiences['Type 1'], need!.id],
  });
  const b = await participant('Ben', '2026-04-05', '2026-04-07', {
    birthDate: '2001-06-30', // 25 on 30 June, his birthday
    gender: 'man',
    region: ' région québec ',
    languageIds: [languages.English],
    experienceTagIds: [experiences.Diabetes],
  });
  // A region that a spreadsheet would take for a formula.
  const c = await participant('Cy', '2026-05-10', '2026-05-12', {
    region: '=HYPERLINK("x")',
    experienceTagIds: [experiences.Depression],
  });
  const d = await participant('Dee', '2026-02-01', '2026-02-02');
  await participant('Eve', '2026-06-30', null); // referred on the last day, no intake

  const matchA = await call('matches.create', { participantId: a, peerSupporterId: p1, startedOn: '2026-04-10' });
  const matchB = await call('matches.create', { participantId: b, peerSupporterId: p2, startedOn: '2026-05-04' });
  const matchD = await call('matches.create', { participantId: d, peerSupporterId: p3, startedOn: '2026-03-11' });
  await call('peerSupporters.changeStatus', { id: p3, status: 'on-leave', on: '2026-06-20' });
  const clinic = await call('resources.add', { name: 'County clinic', type: 'clinical-care' });

  const contact = (matchId: number, participantId: number, occurredAt: string, fields: Record<string, unknown>) =>
    call('contacts.create', { matchId, participantId, occurredAt, modality: 'phone', ...fields });
  await contact(matchA.id, a, '2026-04-12T10:00', {
    durationMinutes: 30,
    functions: ['being-there'],
    fidelityItems: ['promote-hope'],
  });
  await contact(matchA.id, a, '2026-05-03T14:00', {
    durationMinutes: 90,
    modality: 'in-person',
    functions: ['being-there', 'linkage'],
    referrals: [{ resourceId: clinic.id }],
    concernRaised: true,
    concern: 'Missed two appointments',
  });
  await contact(matchA.id, a, '2026-05-20T09:00', { isAttempt: true });
  await contact(matchB.id, b, '2026-06-01T11:00', {
    durationMinutes: 60,
    modality: 'video',
    fidelityItems: ['promote-hope', 'empathy'],
  });
  await contact(matchD.id, d, '2026-03-20T10:00', { durationMinutes: 45 }); // before the period
  await contact(matchD.id, d, '2026-07-05T10:00', { durationMinutes: 45 }); // after it
  await call('matches.end', { id: matchB.id, endedOn: '2026-06-15', reason: 'goals-met' }); // Ben waits again

  await call('groups.create', {
    title: 'June circle',
    heldOn: '2026-06-05',
    durationMinutes: 60,
    modality: 'in-person',
    facilitatorIds: [p1],
    attendeeIds: [a, c],
    anonymousAttendees: 3,
  });
  const leader = (await call('supervisors.list', {}))[0];
  const supervise = (peerSupporterId: number, heldOn: string) =>
    call('supervision.create', {
      heldOn,
      durationMinutes: 60,
      supervisorId: leader.id,
      format: 'individual',
      peerSupporterIds: [peerSupporterId],
    });
  await supervise(p1, '2026-04-20');
  await supervise(p2, '2026-06-10');
  await supervise(p3, '2026-06-01');
  return test;
}
