// Supervision notes are the most private records: their text reaches only the supervision
// channels that show one peer supporter's notes. Every other channel, every CLI command, and so
// every export and report built on them, answers without it. A new channel must be added below,
// with an input that reaches records, or the test does not compile.
import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelInput, type ChannelName } from '../../shared/api/channels';
import { PASSPHRASE } from '../helpers/program';
import { routedProgram } from '../helpers/routed-program';
import { runCli } from '../helpers/run-cli';

const MARKER = 'SUPERVISION-TEXT-4c1e';

type SupervisionChannel = Extract<ChannelName, `supervision.${string}`>;
type OtherChannel = Exclude<ChannelName, SupervisionChannel>;

describe('supervision notes stay in supervision', () => {
  it('no other channel and no CLI command returns a note’s text', async () => {
    const test = await routedProgram();
    const { call, router, dir } = test;
    const participant = await call('participants.create', {
      firstName: 'Zoë',
      lastName: "O'Brien",
      referralDate: '2026-01-15',
      preferences: {},
    });
    const peer = await call('peerSupporters.create', { firstName: 'Ana', lastName: 'Silva', capacity: 2 });
    const [leader] = await call('supervisors.list', {});
    const kinds = await call('consentKinds.list', {});
    const unusedTerm = (await call('vocabulary.list', { kind: 'language' })).find((term) => term.usage === 0);
    const consent = await call('consents.create', { participantId: participant.id, kindId: kinds[0]?.id ?? 0 });
    const scanned = await call('consents.create', { participantId: participant.id, kindId: kinds[2]?.id ?? 0 });
    const note = await call('supervision.create', {
      heldOn: '2026-03-01',
      durationMinutes: 30,
      supervisorId: leader?.id ?? 0,
      format: 'individual',
      peerSupporterIds: [peer.id],
      summary: `Summary ${MARKER}`,
      caseReviewParticipantIds: [participant.id],
      actionItems: [{ description: `Action ${MARKER}`, owner: `Owner ${MARKER}`, dueOn: '2026-03-01' }],
    });
    const partner = await call('participants.create', {
      firstName: 'Ruth',
      lastName: 'Abebe',
      referralDate: '2026-01-10',
      preferences: {},
    });
    const partnerPeer = await call('peerSupporters.create', { firstName: 'Lena', lastName: 'Park', capacity: 3 });
    await call('peerSupporters.changeStatus', { id: partnerPeer.id, status: 'active', on: '2026-03-02' });
    await call('participants.changeStatus', { id: partner.id, status: 'waiting', on: '2026-01-20' });
    const match = await call('matches.create', {
      participantId: partner.id,
      peerSupporterId: partnerPeer.id,
      startedOn: '2026-02-01',
    });
    const fitCheck = match.followUps.find((followUp) => followUp.kind === 'fit-check');
    const resource = await call('resources.add', { name: 'County clinic', type: 'clinical-care' });
    const contact = await call('contacts.create', {
      matchId: match.id,
      participantId: partner.id,
      occurredAt: '2026-02-03T10:00',
      durationMinutes: 30,
      modality: 'phone',
      referrals: [{ resourceId: resource.id }],
      concernRaised: true,
      concern: 'Sleeping badly',
    });
    const group = await call('groups.create', {
      title: 'Monday circle',
      heldOn: '2026-02-02',
      durationMinutes: 60,
      facilitatorIds: [partnerPeer.id],
      modality: 'in-person',
      attendeeIds: [partner.id],
    });
    // The note's own channels do show it: the marker is there to be found.
    expect(JSON.stringify(await call('supervision.get', { id: note.id }))).toContain(MARKER);

    // Inputs that reach the records; null for channels that change the session and read none.
    const inputs: { [C in OtherChannel]: ChannelInput<C> | null } = {
      'program.status': {},
      'program.setupBegin': null,
      'program.setupConfirm': null,
      'program.setupCancel': null,
      'program.unlock': null,
      'program.unlockWithRecoveryKey': null,
      'program.lock': null,
      'program.info': {},
      'program.changePassphrase': null,
      'demo.open': null,
      'demo.leave': null,
      'session.touch': {},
      'settings.get': {},
      'settings.update': {},
      'audit.verify': {},
      'participants.list': { search: '' },
      'participants.get': { id: participant.id },
      'participants.create': { firstName: 'Sam', lastName: 'Lee', referralDate: '2026-01-15', preferences: {} },
      'participants.update': {
        id: participant.id,
        fields: { firstName: 'Zoë', lastName: "O'Brien", referralDate: '2026-01-15', preferences: {} },
      },
      'participants.changeStatus': { id: participant.id, status: 'waiting', on: '2026-03-02' },
      'participants.archive': { id: participant.id },
      'participants.restore': { id: participant.id },
      'peerSupporters.list': {},
      'peerSupporters.get': { id: peer.id },
      'peerSupporters.create': { firstName: 'Kim', lastName: 'Ng', capacity: 1 },
      'peerSupporters.update': { id: peer.id, fields: { firstName: 'Ana', lastName: 'Silva', capacity: 2 } },
      'peerSupporters.changeStatus': { id: peer.id, status: 'active', on: '2026-03-02' },
      'peerSupporters.archive': { id: peer.id },
      'peerSupporters.restore': { id: peer.id },
      'peerSupporters.addTraining': {
        peerSupporterId: peer.id,
        topicId: (await call('vocabulary.list', { kind: 'training-topic' }))[0]?.id ?? 0,
        on: '2026-02-01',
        hours: 2,
      },
      'peerSupporters.removeTraining': { id: 1 },
      'peerSupporters.addCertification': { peerSupporterId: peer.id, name: 'Peer specialist', issuedOn: '2026-01-01' },
      'peerSupporters.removeCertification': { id: 1 },
      'vocabulary.list': { kind: 'experience' },
      'vocabulary.add': { kind: 'experience', label: 'Long COVID' },
      'vocabulary.rename': { id: 1, label: 'Renamed' },
      'vocabulary.setRetired': { id: 1, retired: false },
      'vocabulary.delete': { id: unusedTerm?.id ?? 0 },
      'consents.list': { participantId: participant.id },
      'consents.overview': { participantId: participant.id },
      'consents.create': { participantId: participant.id, kindId: kinds[1]?.id ?? 0 },
      'consents.update': { id: consent.id, fields: { participantId: participant.id, kindId: kinds[0]?.id ?? 0 } },
      'consents.revoke': { id: consent.id, revokedOn: '2026-03-02', revokedHow: 'x', recordedBy: 'y' },
      'consents.attachScan': {
        id: scanned.id,
        fileName: 'x.pdf',
        dataBase64: Buffer.from('%PDF-1.4').toString('base64'),
      },
      'consents.scan': { id: scanned.id },
      'consents.removeScan': { id: scanned.id },
      'consents.form': { id: consent.id },
      'consentKinds.list': {},
      'consentKinds.add': { label: 'Own kind' },
      'consentKinds.rename': { id: kinds.length + 1, label: 'Own kind renamed' },
      'consentKinds.setRetired': { id: kinds.length + 1, retired: true },
      'supervisors.list': {},
      'supervisors.add': { name: 'Dr. Maya Chen' },
      'supervisors.update': { id: leader?.id ?? 0, fields: { name: 'Alex Leader' } },
      'supervisors.setRetired': { id: leader?.id ?? 0, retired: false },
      'vocabulary.setNeed': { id: 1, isNeed: false },
      'matches.suggest': { participantId: participant.id },
      'matches.list': {},
      'matches.get': { id: match.id },
      'matches.create': { participantId: participant.id, peerSupporterId: peer.id },
      'matches.start': { id: match.id + 1, startedOn: '2026-03-03' },
      'matches.end': { id: match.id + 1, endedOn: '2026-03-04', reason: 'not-a-fit' },
      'matches.completeFollowUp': {
        id: fitCheck?.id ?? 0,
        completedOn: '2026-02-10',
        firstContactHappened: true,
        fitAnswer: 'good-fit',
      },
      'doNotMatch.list': { participantId: participant.id },
      'doNotMatch.add': { participantId: participant.id, peerSupporterId: partnerPeer.id, reason: 'same-household' },
      'doNotMatch.remove': { id: 1 },
      'contacts.list': { matchId: match.id },
      'contacts.get': { id: contact.id },
      'contacts.create': {
        participantId: participant.id,
        occurredAt: '2026-03-05T09:30',
        isAttempt: true,
        modality: 'phone',
      },
      'contacts.update': {
        id: contact.id,
        fields: {
          matchId: match.id,
          participantId: partner.id,
          occurredAt: '2026-02-03T10:00',
          durationMinutes: 45,
          concernRaised: true,
          concern: 'Sleeping badly',
          modality: 'phone',
        },
      },
      'contacts.delete': { id: contact.id + 1 },
      'contacts.resolveConcern': { id: contact.id, resolvedOn: '2026-02-04' },
      'contacts.peerConcerns': { peerSupporterId: partnerPeer.id },
      'groups.list': {},
      'groups.get': { id: group.id },
      'groups.create': {
        title: 'Tuesday circle',
        heldOn: '2026-02-03',
        durationMinutes: 60,
        facilitatorIds: [peer.id],
        modality: 'video',
        anonymousAttendees: 3,
      },
      'groups.update': {
        id: group.id,
        fields: {
          title: 'Monday circle',
          heldOn: '2026-02-02',
          durationMinutes: 90,
          facilitatorIds: [partnerPeer.id],
          modality: 'in-person',
        },
      },
      'groups.delete': { id: group.id + 1 },
      'resources.list': {},
      'resources.add': { name: 'Food bank', type: 'food' },
      'resources.update': {
        id: resource.id,
        fields: { name: 'County clinic', type: 'clinical-care', phone: '555 0100' },
      },
      'resources.setRetired': { id: resource.id + 1, retired: true },
      'attention.list': {},
      'reports.build': { period: { kind: 'custom', from: '2026-01-01', to: '2026-03-31' } },
      'reports.export': { period: { kind: 'custom', from: '2026-01-01', to: '2026-03-31' }, format: 'json' },
      'reports.profiles.list': {},
      'reports.profiles.add': { name: 'County', periodKind: 'last-quarter', sections: ['reach'] },
      'reports.profiles.update': {
        id: 1,
        fields: { name: 'County, quarterly', periodKind: 'last-quarter', sections: ['reach', 'contacts'] },
      },
      'reports.profiles.delete': { id: 1 },
      'exports.participantList.preview': { recipient: 'Eastside Family Clinic', purpose: 'Care coordination' },
      'exports.participantList': { recipient: 'Eastside Family Clinic', purpose: 'Care coordination' },
      'backup.status': {},
      'backup.destinations': {},
      // Writes an encrypted file and answers its path and counts (test/backup covers it).
      'backup.create': null,
      'backup.cancel': {},
      'backup.updateSettings': {},
      'backup.testRestore': null,
      'backup.found': {},
      'backup.inspect': null,
      'backup.restore': null,
    };
    const others = channelNames.filter((name): name is OtherChannel => !name.startsWith('supervision.'));
    expect([...others].sort()).toEqual(Object.keys(inputs).sort());
    // In the channel map's order, each call answers with a value: the inputs reach real records.
    const refused: string[] = [];
    for (const channel of others) {
      const input = inputs[channel];
      if (input === null) continue;
      const result = await router.handle(channel, input);
      if (!result.ok) refused.push(`${channel}: ${result.error.message}`);
      expect(JSON.stringify(result), channel).not.toContain(MARKER);
    }
    expect(refused).toEqual([]);

    await test.session.close();
    const env = { PEERDESK_PASSPHRASE: PASSPHRASE };
    for (const args of [['status'], ['status', '--json'], ['raw-key']]) {
      const result = await runCli([...args, '--data-dir', dir], env);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout + result.stderr, args.join(' ')).not.toContain(MARKER);
    }
  });
});
