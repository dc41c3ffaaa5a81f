// Between a group session and its form.
import { todayIso } from '../../../shared/api/fields';
import type { GroupSession, GroupSessionFieldsInput } from '../../../shared/api/groups';

/** As many as the schema allows, so that an error on any topic lands on its field. */
const MAX_TOPICS = 20;

export function emptyGroupValues(): GroupSessionFieldsInput {
  return {
    title: '',
    heldOn: todayIso(),
    durationMinutes: 90,
    facilitatorIds: [],
    modality: 'in-person',
    topics: [],
    attendeeIds: [],
    anonymousAttendees: 0,
    notes: '',
  };
}

export function groupValues(session: GroupSession): GroupSessionFieldsInput {
  return {
    title: session.title,
    heldOn: session.heldOn,
    durationMinutes: session.durationMinutes,
    facilitatorIds: session.facilitatorIds,
    modality: session.modality,
    topics: [...session.topics],
    attendeeIds: session.attendeeIds,
    anonymousAttendees: session.anonymousAttendees,
    notes: session.notes ?? '',
  };
}

export const groupFieldNames = {
  title: 'title',
  heldOn: 'heldOn',
  durationMinutes: 'durationMinutes',
  facilitatorIds: 'facilitatorIds',
  modality: 'modality',
  topics: 'topics',
  ...Object.fromEntries(Array.from({ length: MAX_TOPICS }, (_, index) => [`topics.${index}`, `topics.${index}`])),
  attendeeIds: 'attendeeIds',
  anonymousAttendees: 'anonymousAttendees',
  notes: 'notes',
} as Record<string, `topics.${number}` | keyof GroupSessionFieldsInput>;
