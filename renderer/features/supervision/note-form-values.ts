// Between a supervision note and its form.
import { todayIso } from '../../../shared/api/fields';
import type { SupervisionNote, SupervisionNoteFieldsInput } from '../../../shared/api/supervision';

export function emptyNoteValues(peerSupporterId: number, supervisorId: number): SupervisionNoteFieldsInput {
  return {
    heldOn: todayIso(),
    durationMinutes: 60,
    supervisorId,
    format: 'individual',
    peerSupporterIds: [peerSupporterId],
    topics: [],
    wellbeing: null,
    wellbeingConcern: false,
    summary: '',
    caseReviewParticipantIds: [],
    actionItems: [],
    nextSupervisionOn: null,
  };
}

export function noteValues(note: SupervisionNote): SupervisionNoteFieldsInput {
  return {
    heldOn: note.heldOn,
    durationMinutes: note.durationMinutes,
    supervisorId: note.supervisorId,
    format: note.format,
    peerSupporterIds: note.peerSupporterIds,
    topics: note.topics,
    wellbeing: note.wellbeing,
    wellbeingConcern: note.wellbeingConcern,
    summary: note.summary ?? '',
    caseReviewParticipantIds: note.caseReviewParticipantIds,
    actionItems: note.actionItems.map((item) => ({ ...item })),
    nextSupervisionOn: note.nextSupervisionOn,
  };
}

export const noteFieldNames = {
  heldOn: 'heldOn',
  durationMinutes: 'durationMinutes',
  supervisorId: 'supervisorId',
  format: 'format',
  peerSupporterIds: 'peerSupporterIds',
  topics: 'topics',
  wellbeing: 'wellbeing',
  summary: 'summary',
  caseReviewParticipantIds: 'caseReviewParticipantIds',
  actionItems: 'actionItems',
  nextSupervisionOn: 'nextSupervisionOn',
} as const;
