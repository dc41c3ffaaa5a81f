// Peer supporters through the router on a real encrypted program: records, readiness, leave,
// training and certifications, archive, search and filters.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/api/channels';
import type { PeerSupporterFieldsInput } from '../../shared/api/peer-supporters';
import { routedProgram } from '../helpers/routed-program';

const base = (overrides: Partial<PeerSupporterFieldsInput> = {}): PeerSupporterFieldsInput => ({
  firstName: 'Marta',
  lastName: 'Núñez-García',
  capacity: 3,
  ...overrides,
});

describe('peer supporters', () => {
  it('creates an applicant with readiness dates, modalities and languages', async () => {
    const { call, terms } = await routedProgram();
    const languages = await terms('language');
    const peer = await call(
      'peerSupporters.create',
      base({
        languageIds: [languages.Spanish, languages.English],
        modalities: ['phone', 'video', 'phone'],
        codeOfConductSignedOn: '2026-01-10',
        birthYear: 1971,
        engagement: 'paid',
      }),
    );
    expect(peer).toMatchObject({
      status: 'applicant',
      capacity: 3,
      modalities: ['phone', 'video'],
      codeOfConductSignedOn: '2026-01-10',
      birthYear: 1971,
      engagement: 'paid',
      trainingHours: 0,
    });
    expect(peer.languageIds.sort()).toEqual([languages.Spanish, languages.English].sort());
  });

  it('refuses a negative capacity, a future birth year and a future signature, saving nothing', async () => {
    const { router, call } = await routedProgram();
    const result = await router.handle(
      'peerSupporters.create',
      base({ capacity: -1, birthYear: 2999, codeOfConductSignedOn: '2999-01-01' }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fieldErrors: {
          capacity: ['Capacity cannot be negative.'],
          birthYear: ['This year is in the future.'],
          codeOfConductSignedOn: ['This date is in the future.'],
        },
      },
    });
    expect((await call('peerSupporters.list', {})).total).toBe(0);
  });

  it('goes on leave with dates and a private reason, and comes back', async () => {
    const { call, router, clock } = await routedProgram();
    const { id, statusSince } = await call('peerSupporters.create', base());
    expect(statusSince).toBe(clock.now().toISOString().slice(0, 10));
    await call('peerSupporters.changeStatus', { id, status: 'active', on: '2026-03-02' });
    const badLeave = await router.handle('peerSupporters.changeStatus', {
      id,
      status: 'on-leave',
      on: '2026-03-02',
      leaveUntil: '2026-02-01',
    });
    expect(badLeave).toMatchObject({ ok: false, error: { fieldErrors: { leaveUntil: [expect.any(String)] } } });
    const onLeave = await call('peerSupporters.changeStatus', {
      id,
      status: 'on-leave',
      on: '2026-03-02',
      leaveUntil: '2026-04-30',
      leaveReason: 'Family matters',
    });
    expect(onLeave).toMatchObject({ status: 'on-leave', leaveUntil: '2026-04-30', leaveReason: 'Family matters' });
    const back = await call('peerSupporters.changeStatus', { id, status: 'active', on: '2026-03-02' });
    expect(back).toMatchObject({ leaveUntil: null, leaveReason: null });
    expect(back.history.map((change) => change.to)).toEqual(['active', 'on-leave', 'active', 'applicant']);
  });

  it('keeps training records with hours and flags certifications expiring within 60 days', async () => {
    const { call, router, terms } = await routedProgram();
    const topics = await terms('training-topic');
    const { id } = await call('peerSupporters.create', base());
    await call('peerSupporters.addTraining', {
      peerSupporterId: id,
      topicId: topics.Listening,
      on: '2026-02-01',
      hours: 3,
      trainer: 'R. Okafor',
    });
    await call('peerSupporters.addTraining', {
      peerSupporterId: id,
      topicId: topics.Boundaries,
      on: '2026-02-08',
      hours: 1.5,
    });
    const badTopic = await router.handle('peerSupporters.addTraining', {
      peerSupporterId: id,
      topicId: 99999,
      on: '2026-02-08',
      hours: 1,
    });
    expect(badTopic).toMatchObject({ ok: false, error: { fieldErrors: { topicId: [expect.any(String)] } } });
    // The test clock stands at 2026-03-02.
    await call('peerSupporters.addCertification', {
      peerSupporterId: id,
      name: 'Peer specialist',
      issuedOn: '2025-01-01',
      expiresOn: '2026-04-15',
    });
    await call('peerSupporters.addCertification', {
      peerSupporterId: id,
      name: 'First aid',
      issuedOn: '2024-01-01',
      expiresOn: '2026-02-01',
    });
    const peer = await call('peerSupporters.addCertification', {
      peerSupporterId: id,
      name: 'Older adults',
      issuedOn: '2025-06-01',
      expiresOn: '2027-06-01',
    });
    expect(peer.trainingHours).toBe(4.5);
    expect(peer.training.map((record) => record.topic)).toEqual(['Boundaries', 'Listening']);
    expect(peer.certifications.map((c) => [c.name, c.expiringSoon, c.expired])).toEqual([
      ['First aid', false, true],
      ['Peer specialist', true, false],
      ['Older adults', false, false],
    ]);
    expect((await call('peerSupporters.list', {})).rows[0]).toMatchObject({ certificationAlert: true });
    const removed = await call('peerSupporters.removeCertification', { id: peer.certifications[0].id });
    expect(removed.certifications).toHaveLength(2);
  });

  it('archives and restores, searches and filters like the participants list', async () => {
    const { call, terms } = await routedProgram();
    const tags = await terms('experience');
    const { id } = await call('peerSupporters.create', base({ experienceTagIds: [tags['Type 1']], region: 'East' }));
    await call(
      'peerSupporters.create',
      base({ firstName: 'Jean-Luc', lastName: "D'Arcy", region: 'West', capacity: 5 }),
    );
    const names = async (input: ChannelInput<'peerSupporters.list'>) =>
      (await call('peerSupporters.list', input)).rows.map((row) => row.displayName);
    expect(await names({ search: 'nunez' })).toEqual(['Marta Núñez-García']);
    expect(await names({ search: 'darcy' })).toEqual(["Jean-Luc D'Arcy"]);
    expect(await names({ tagId: tags.Diabetes })).toEqual(['Marta Núñez-García']);
    expect(await names({ sort: 'capacity', direction: 'desc' })).toEqual(["Jean-Luc D'Arcy", 'Marta Núñez-García']);
    await call('peerSupporters.archive', { id });
    expect(await names({})).toEqual(["Jean-Luc D'Arcy"]);
    await call('peerSupporters.restore', { id });
    expect(await names({ region: 'east' })).toEqual(['Marta Núñez-García']);
    expect((await call('program.info', {})).recordCounts).toMatchObject({ peerSupporters: 2, participants: 0 });
  });
});
