// The channel map: each channel's name appears once, with its input schema and output type.
// The preload, the preview client and the router are all typed from this object.
import type { z } from 'zod';
import {
  changePassphraseInput,
  emptyInput,
  setupBeginInput,
  setupConfirmInput,
  unlockInput,
  unlockWithRecoveryKeyInput,
  updateSettingsInput,
} from './schemas';
import {
  participantCreateInput,
  participantIdInput,
  participantListInput,
  participantStatusChangeInput,
  participantUpdateInput,
  type Participant,
  type ParticipantList,
} from './participants';
import {
  certificationInput,
  peerStatusChangeInput,
  peerSupporterCreateInput,
  peerSupporterIdInput,
  peerSupporterListInput,
  peerSupporterUpdateInput,
  removeRecordInput,
  trainingRecordInput,
  type PeerSupporter,
  type PeerSupporterList,
} from './peer-supporters';
import {
  vocabularyAddInput,
  vocabularyDeleteInput,
  vocabularyListInput,
  vocabularyRenameInput,
  vocabularyRetireInput,
  vocabularySetNeedInput,
  type VocabularyTerm,
} from './vocabulary';
import {
  consentCreateInput,
  consentIdInput,
  consentKindAddInput,
  consentKindRenameInput,
  consentKindRetireInput,
  consentListInput,
  consentRevokeInput,
  consentScanInput,
  consentUpdateInput,
  type Consent,
  type ConsentFormFile,
  type ConsentKind,
  type ConsentOverview,
  type ConsentScanFile,
} from './consents';
import {
  actionItemCompleteInput,
  supervisionNoteFieldsSchema,
  supervisionNoteIdInput,
  supervisionNoteUpdateInput,
  supervisionPeerInput,
  supervisorFieldsSchema,
  supervisorRetireInput,
  supervisorUpdateInput,
  type PeerSupervision,
  type SupervisionNote,
  type Supervisor,
} from './supervision';
import {
  funderProfileFieldsSchema,
  funderProfileIdInput,
  funderProfileUpdateInput,
  participantListExportInput,
  reportBuildInput,
  reportExportInput,
  type ExportedFile,
  type FunderProfile,
  type ParticipantListExport,
  type ParticipantListPreview,
  type Report,
} from './reports';
import {
  doNotMatchAddInput,
  doNotMatchListInput,
  followUpCompleteInput,
  matchCreateInput,
  matchEndInput,
  matchIdInput,
  matchListInput,
  matchStartInput,
  suggestionInput,
  type DoNotMatchPair,
  type Match,
  type MatchList,
  type MatchSuggestions,
} from './matching';
import {
  concernResolveInput,
  contactFieldsSchema,
  contactIdInput,
  contactListInput,
  contactUpdateInput,
  peerConcernsInput,
  type Contact,
  type ContactTimeline,
  type RaisedConcern,
} from './contacts';
import {
  groupSessionFieldsSchema,
  groupSessionIdInput,
  groupSessionListInput,
  groupSessionUpdateInput,
  type GroupSession,
  type GroupSessionList,
} from './groups';
import {
  resourceFieldsSchema,
  resourceListInput,
  resourceRetireInput,
  resourceUpdateInput,
  type Resource,
} from './resources';
import type { Attention } from './attention';
import {
  backupCreateInput,
  backupInspectInput,
  backupRestoreInput,
  backupSettingsInput,
  backupTestRestoreInput,
  type BackupCreated,
  type BackupDestinations,
  type BackupFound,
  type BackupPreview,
  type BackupStatus,
  type RestoreTestResult,
} from './backup';
import type { AuditVerification, ProgramInfo, ProgramStatus, Settings, SetupStarted, Unlocked } from './types';

interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
  /** Whether the channel answers while the program is locked. */
  whenLocked: boolean;
}

const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, options: { whenLocked?: boolean } = {}): ChannelDef<I, O> => ({
    input,
    output: undefined as O,
    whenLocked: options.whenLocked ?? false,
  });

export const channels = {
  'program.status': channel<ProgramStatus>()(emptyInput, { whenLocked: true }),
  'program.setupBegin': channel<SetupStarted>()(setupBeginInput, { whenLocked: true }),
  'program.setupConfirm': channel<Unlocked>()(setupConfirmInput, { whenLocked: true }),
  'program.setupCancel': channel<null>()(emptyInput, { whenLocked: true }),
  'program.unlock': channel<Unlocked>()(unlockInput, { whenLocked: true }),
  'program.unlockWithRecoveryKey': channel<Unlocked>()(unlockWithRecoveryKeyInput, {
    whenLocked: true,
  }),
  'program.lock': channel<null>()(emptyInput, { whenLocked: true }),
  'program.info': channel<ProgramInfo>()(emptyInput),
  'program.changePassphrase': channel<null>()(changePassphraseInput),
  'demo.open': channel<ProgramStatus>()(emptyInput, { whenLocked: true }),
  'demo.leave': channel<ProgramStatus>()(emptyInput, { whenLocked: true }),
  'session.touch': channel<null>()(emptyInput, { whenLocked: true }),
  'settings.get': channel<Settings>()(emptyInput),
  'settings.update': channel<Settings>()(updateSettingsInput),
  'audit.verify': channel<AuditVerification>()(emptyInput),
  'participants.list': channel<ParticipantList>()(participantListInput),
  'participants.get': channel<Participant>()(participantIdInput),
  'participants.create': channel<Participant>()(participantCreateInput),
  'participants.update': channel<Participant>()(participantUpdateInput),
  'participants.changeStatus': channel<Participant>()(participantStatusChangeInput),
  'participants.archive': channel<Participant>()(participantIdInput),
  'participants.restore': channel<Participant>()(participantIdInput),
  'peerSupporters.list': channel<PeerSupporterList>()(peerSupporterListInput),
  'peerSupporters.get': channel<PeerSupporter>()(peerSupporterIdInput),
  'peerSupporters.create': channel<PeerSupporter>()(peerSupporterCreateInput),
  'peerSupporters.update': channel<PeerSupporter>()(peerSupporterUpdateInput),
  'peerSupporters.changeStatus': channel<PeerSupporter>()(peerStatusChangeInput),
  'peerSupporters.archive': channel<PeerSupporter>()(peerSupporterIdInput),
  'peerSupporters.restore': channel<PeerSupporter>()(peerSupporterIdInput),
  'peerSupporters.addTraining': channel<PeerSupporter>()(trainingRecordInput),
  'peerSupporters.removeTraining': channel<PeerSupporter>()(removeRecordInput),
  'peerSupporters.addCertification': channel<PeerSupporter>()(certificationInput),
  'peerSupporters.removeCertification': channel<PeerSupporter>()(removeRecordInput),
  'vocabulary.list': channel<VocabularyTerm[]>()(vocabularyListInput),
  'vocabulary.add': channel<VocabularyTerm>()(vocabularyAddInput),
  'vocabulary.rename': channel<VocabularyTerm>()(vocabularyRenameInput),
  'vocabulary.setRetired': channel<VocabularyTerm>()(vocabularyRetireInput),
  'vocabulary.delete': channel<VocabularyTerm>()(vocabularyDeleteInput),
  'vocabulary.setNeed': channel<VocabularyTerm>()(vocabularySetNeedInput),
  'consents.list': channel<Consent[]>()(consentListInput),
  'consents.overview': channel<ConsentOverview>()(consentListInput),
  'consents.create': channel<Consent>()(consentCreateInput),
  'consents.update': channel<Consent>()(consentUpdateInput),
  'consents.revoke': channel<Consent>()(consentRevokeInput),
  'consents.attachScan': channel<Consent>()(consentScanInput),
  'consents.scan': channel<ConsentScanFile>()(consentIdInput),
  'consents.removeScan': channel<Consent>()(consentIdInput),
  'consents.form': channel<ConsentFormFile>()(consentIdInput),
  'consentKinds.list': channel<ConsentKind[]>()(emptyInput),
  'consentKinds.add': channel<ConsentKind>()(consentKindAddInput),
  'consentKinds.rename': channel<ConsentKind>()(consentKindRenameInput),
  'consentKinds.setRetired': channel<ConsentKind>()(consentKindRetireInput),
  'supervisors.list': channel<Supervisor[]>()(emptyInput),
  'supervisors.add': channel<Supervisor>()(supervisorFieldsSchema),
  'supervisors.update': channel<Supervisor>()(supervisorUpdateInput),
  'supervisors.setRetired': channel<Supervisor>()(supervisorRetireInput),
  'supervision.forPeer': channel<PeerSupervision>()(supervisionPeerInput),
  'supervision.get': channel<SupervisionNote>()(supervisionNoteIdInput),
  'supervision.create': channel<SupervisionNote>()(supervisionNoteFieldsSchema),
  'supervision.update': channel<SupervisionNote>()(supervisionNoteUpdateInput),
  'supervision.completeAction': channel<SupervisionNote>()(actionItemCompleteInput),
  'matches.suggest': channel<MatchSuggestions>()(suggestionInput),
  'matches.list': channel<MatchList>()(matchListInput),
  'matches.get': channel<Match>()(matchIdInput),
  'matches.create': channel<Match>()(matchCreateInput),
  'matches.start': channel<Match>()(matchStartInput),
  'matches.end': channel<Match>()(matchEndInput),
  'matches.completeFollowUp': channel<Match>()(followUpCompleteInput),
  'doNotMatch.list': channel<DoNotMatchPair[]>()(doNotMatchListInput),
  'doNotMatch.add': channel<DoNotMatchPair>()(doNotMatchAddInput),
  'doNotMatch.remove': channel<DoNotMatchPair>()(matchIdInput),
  'contacts.list': channel<ContactTimeline>()(contactListInput),
  'contacts.get': channel<Contact>()(contactIdInput),
  'contacts.create': channel<Contact>()(contactFieldsSchema),
  'contacts.update': channel<Contact>()(contactUpdateInput),
  'contacts.delete': channel<Contact>()(contactIdInput),
  'contacts.resolveConcern': channel<Contact>()(concernResolveInput),
  'contacts.peerConcerns': channel<RaisedConcern[]>()(peerConcernsInput),
  'groups.list': channel<GroupSessionList>()(groupSessionListInput),
  'groups.get': channel<GroupSession>()(groupSessionIdInput),
  'groups.create': channel<GroupSession>()(groupSessionFieldsSchema),
  'groups.update': channel<GroupSession>()(groupSessionUpdateInput),
  'groups.delete': channel<GroupSession>()(groupSessionIdInput),
  'resources.list': channel<Resource[]>()(resourceListInput),
  'resources.add': channel<Resource>()(resourceFieldsSchema),
  'resources.update': channel<Resource>()(resourceUpdateInput),
  'resources.setRetired': channel<Resource>()(resourceRetireInput),
  'attention.list': channel<Attention>()(emptyInput),
  'reports.build': channel<Report>()(reportBuildInput),
  'reports.export': channel<ExportedFile>()(reportExportInput),
  'reports.profiles.list': channel<FunderProfile[]>()(emptyInput),
  'reports.profiles.add': channel<FunderProfile>()(funderProfileFieldsSchema),
  'reports.profiles.update': channel<FunderProfile>()(funderProfileUpdateInput),
  'reports.profiles.delete': channel<FunderProfile>()(funderProfileIdInput),
  'exports.participantList.preview': channel<ParticipantListPreview>()(participantListExportInput),
  'exports.participantList': channel<ParticipantListExport>()(participantListExportInput),
  'backup.status': channel<BackupStatus>()(emptyInput),
  'backup.destinations': channel<BackupDestinations>()(emptyInput),
  'backup.create': channel<BackupCreated>()(backupCreateInput),
  'backup.cancel': channel<null>()(emptyInput),
  'backup.updateSettings': channel<BackupStatus>()(backupSettingsInput),
  'backup.testRestore': channel<RestoreTestResult>()(backupTestRestoreInput),
  /** Backups found on removable drives and in the last backup folder, newest first. */
  'backup.found': channel<BackupFound[]>()(emptyInput, { whenLocked: true }),
  'backup.inspect': channel<BackupPreview>()(backupInspectInput, { whenLocked: true }),
  /** Restores and opens the restored program; the current one is kept aside until it has opened. */
  'backup.restore': channel<Unlocked>()(backupRestoreInput, { whenLocked: true }),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Channels[C]['output'];

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
