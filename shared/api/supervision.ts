// Supervision of the peer supporters: the supervisors (the program leader among them), notes of
// each supervision with its well-being check, case reviews that link a participant and say no
// more, and action items. The most private records in the app: they appear on the peer
// supporter's page and nowhere else, and no report or export ever carries them.
import { z } from 'zod';
import { dateSchema, idSchema, optionalText, pastDateSchema, requiredText } from './fields';

export interface Supervisor {
  id: number;
  name: string;
  role: string | null;
  credentials: string | null;
  /** The program leader, made a supervisor when the program was set up. */
  isLeader: boolean;
  retired: boolean;
}

export const supervisorFieldsSchema = z
  .object({
    name: requiredText(120, "Enter the supervisor's name."),
    role: optionalText(120),
    credentials: optionalText(200),
  })
  .strict();
export const supervisorUpdateInput = z.object({ id: idSchema, fields: supervisorFieldsSchema }).strict();
export const supervisorRetireInput = z.object({ id: idSchema, retired: z.boolean() }).strict();

export const supervisionFormats = ['individual', 'group', 'ad-hoc', 'crisis-debrief'] as const;
export type SupervisionFormat = (typeof supervisionFormats)[number];
export const supervisionFormatLabels: Record<SupervisionFormat, string> = {
  individual: 'Individual',
  group: 'Group',
  'ad-hoc': 'Ad hoc',
  'crisis-debrief': 'Debrief after a crisis',
};

export const supervisionTopics = [
  'boundaries',
  'self-care',
  'difficult-situation',
  'role-clarity',
  'training-need',
  'case-review',
  'other',
] as const;
export type SupervisionTopic = (typeof supervisionTopics)[number];
export const supervisionTopicLabels: Record<SupervisionTopic, string> = {
  boundaries: 'Boundaries',
  'self-care': 'Self-care and well-being',
  'difficult-situation': 'A difficult situation',
  'role-clarity': 'Role clarity',
  'training-need': 'Training need',
  'case-review': 'Case review',
  other: 'Other',
};

export const actionItemSchema = z
  .object({
    /** Present for an item already saved; absent for a new one. */
    id: idSchema.optional(),
    description: requiredText(500, 'Say what is to be done.'),
    owner: requiredText(120, 'Enter who will do it.'),
    dueOn: dateSchema,
  })
  .strict();

export const supervisionNoteFieldsSchema = z
  .object({
    heldOn: pastDateSchema,
    durationMinutes: z
      .number({ error: 'Enter the minutes.' })
      .int({ error: 'Enter whole minutes.' })
      .min(5, { error: 'At least 5 minutes.' })
      .max(600, { error: 'At most 600 minutes.' }),
    supervisorId: z.number({ error: 'Choose the supervisor.' }).int().positive({ error: 'Choose the supervisor.' }),
    format: z.enum(supervisionFormats, { error: 'Choose the format.' }),
    /** One peer supporter, or several for a group supervision. */
    peerSupporterIds: z
      .array(idSchema)
      .min(1, { error: 'Choose the peer supporter.' })
      .max(50, { error: 'At most 50 peer supporters in one note.' }),
    topics: z.array(z.enum(supervisionTopics)).max(supervisionTopics.length).default([]),
    wellbeing: z
      .number({ error: 'Choose 1 to 5.' })
      .int()
      .min(1, { error: 'Choose 1 to 5.' })
      .max(5, { error: 'Choose 1 to 5.' })
      .nullable()
      .default(null),
    wellbeingConcern: z.boolean().default(false),
    summary: optionalText(5000),
    /** Participants whose support was reviewed: linked, never described (minimum necessary). */
    caseReviewParticipantIds: z.array(idSchema).max(20, { error: 'At most 20 case reviews in one note.' }).default([]),
    actionItems: z.array(actionItemSchema).max(20, { error: 'At most 20 action items in one note.' }).default([]),
    nextSupervisionOn: dateSchema.nullable().default(null),
  })
  .strict()
  .refine((note) => note.nextSupervisionOn === null || note.nextSupervisionOn >= note.heldOn, {
    path: ['nextSupervisionOn'],
    error: 'The next supervision comes after this one.',
  })
  // One score on a note about several peers would show on each of their pages.
  .refine((note) => note.peerSupporterIds.length === 1 || (note.wellbeing === null && !note.wellbeingConcern), {
    path: ['wellbeing'],
    error: 'A well-being check is about one peer supporter: record it in an individual note.',
  });

export type SupervisionNoteFields = z.output<typeof supervisionNoteFieldsSchema>;
export type SupervisionNoteFieldsInput = z.input<typeof supervisionNoteFieldsSchema>;

export const supervisionNoteUpdateInput = z.object({ id: idSchema, fields: supervisionNoteFieldsSchema }).strict();
export const supervisionNoteIdInput = z.object({ id: idSchema }).strict();
export const supervisionPeerInput = z.object({ peerSupporterId: idSchema }).strict();
export const actionItemCompleteInput = z.object({ id: idSchema, completedOn: pastDateSchema.nullable() }).strict();

export interface ActionItem {
  id: number;
  noteId: number;
  description: string;
  owner: string;
  dueOn: string;
  completedOn: string | null;
}

/** A note as listed on the peer supporter's page: no summary, no case reviews. */
export interface SupervisionNoteSummary {
  id: number;
  heldOn: string;
  durationMinutes: number;
  supervisor: string;
  format: SupervisionFormat;
  topics: SupervisionTopic[];
  wellbeing: number | null;
  wellbeingConcern: boolean;
  openActions: number;
  /** How many peer supporters the note is about (1 for an individual supervision). */
  groupSize: number;
}

/** A note opened (and the opening audited). */
export interface SupervisionNote extends SupervisionNoteFields {
  id: number;
  supervisor: string;
  peerSupporters: Array<{ id: number; name: string }>;
  caseReviews: Array<{ participantId: number; name: string }>;
  actions: ActionItem[];
  createdAt: string;
  updatedAt: string;
}

/** Where a peer supporter stands: the last supervision, when the next is due, and well-being. */
export interface PeerSupervision {
  lastSupervisedOn: string | null;
  /** The next supervision's date: the date set in the last note, or the cadence from it. */
  nextDueOn: string | null;
  /** Active, and past the date the next supervision was due. */
  overdue: boolean;
  wellbeingTrend: Array<{ noteId: number; heldOn: string; wellbeing: number; concern: boolean }>;
  notes: SupervisionNoteSummary[];
}
