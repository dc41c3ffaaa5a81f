// Matching: ranked suggestions of a peer supporter for a waiting participant, each with the
// reasons for its rank; the match lifecycle (proposed, active, ended with a reason, re-matched);
// the follow-ups every new match gets; and "do not match" pairs.
import { z } from 'zod';
import { idSchema, optionalText, pastDateSchema, type Gender } from './fields';

// --- Weights and the follow-up schedule (program settings) ---

/** How much each criterion counts; 0 turns it off. Defaults follow the seeds: shared lived
 * experience first (exact sub-type above the parent tag above a shared need), then language,
 * culture and gender, then the practical fit. */
export const matchCriteria = [
  'experienceExact',
  'experienceFamily',
  'sharedNeed',
  'language',
  'gender',
  'age',
  'culture',
  'modality',
  'region',
  'capacity',
] as const;
export type MatchCriterion = (typeof matchCriteria)[number];

export const matchCriterionLabels: Record<MatchCriterion, string> = {
  experienceExact: 'Same lived experience (the exact sub-type)',
  experienceFamily: 'Related lived experience (the same parent tag)',
  sharedNeed: 'Shared needs and issues',
  language: 'Preferred language',
  gender: 'Preferred gender',
  age: 'Preferred age range',
  culture: 'Cultural background',
  modality: 'Ways of meeting in common',
  region: 'Same region (or phone or video when far)',
  capacity: 'Places free',
};

export type MatchWeights = Record<MatchCriterion, number>;

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  experienceExact: 40,
  experienceFamily: 25,
  sharedNeed: 10,
  language: 15,
  gender: 10,
  age: 8,
  culture: 10,
  modality: 8,
  region: 8,
  capacity: 5,
};

const weightSchema = z
  .number({ error: 'Enter a weight from 0 to 100.' })
  .int({ error: 'Enter a whole number.' })
  .min(0, { error: 'A weight is 0 or more.' })
  .max(100, { error: 'A weight is 100 at most.' });

export const matchWeightsSchema = z.object(
  Object.fromEntries(matchCriteria.map((criterion) => [criterion, weightSchema])) as Record<
    MatchCriterion,
    typeof weightSchema
  >,
);

/** Days counted from a match's start date. */
export interface FollowUpSchedule {
  /** The fit check is due from this day... */
  fitCheckFromDay: number;
  /** ...and overdue after this one. */
  fitCheckByDay: number;
  /** On this day, if no contact has been logged, a reminder to call the peer supporter. */
  contactReminderDay: number;
  /** No contact for this many days raises an alert... */
  cadenceAlertDays: number;
  /** ...and this many escalates it. */
  cadenceEscalateDays: number;
}

export const DEFAULT_FOLLOW_UP_SCHEDULE: FollowUpSchedule = {
  fitCheckFromDay: 7,
  fitCheckByDay: 14,
  contactReminderDay: 21,
  cadenceAlertDays: 14,
  cadenceEscalateDays: 30,
};

const daySchema = (what: string) =>
  z
    .number({ error: `${what}: enter a number of days.` })
    .int({ error: `${what}: enter a whole number of days.` })
    .min(1, { error: `${what}: at least 1 day.` })
    .max(365, { error: `${what}: at most 365 days.` });

export const followUpScheduleSchema = z
  .object({
    fitCheckFromDay: daySchema('Fit check from day'),
    fitCheckByDay: daySchema('Fit check by day'),
    contactReminderDay: daySchema('Reminder on day'),
    cadenceAlertDays: daySchema('Alert after'),
    cadenceEscalateDays: daySchema('Escalate after'),
  })
  .strict()
  .refine((s) => s.fitCheckByDay >= s.fitCheckFromDay, {
    path: ['fitCheckByDay'],
    error: 'The fit check cannot be due by a day before it starts.',
  })
  .refine((s) => s.cadenceEscalateDays > s.cadenceAlertDays, {
    path: ['cadenceEscalateDays'],
    error: 'Escalate after more days than the alert.',
  });

// --- Suggestions ---

/** How many of the ranked peer supporters count as suggested; choosing one below them asks why. */
export const SUGGESTED_COUNT = 5;

export const suggestionInput = z.object({ participantId: idSchema }).strict();

export interface SuggestionReason {
  criterion: MatchCriterion;
  /** One line, e.g. "shares: breast cancer, mastectomy with reconstruction" or "2 of 4 places free". */
  text: string;
  /** What the criterion added to the score (0 for a line that explains a miss). */
  points: number;
}

export interface SuggestedPeer {
  id: number;
  name: string;
  region: string | null;
  gender: Gender | null;
  activeMatches: number;
  capacity: number;
}

export interface MatchSuggestion {
  rank: number;
  peer: SuggestedPeer;
  /** The sum of the reasons' points. */
  score: number;
  reasons: SuggestionReason[];
}

export interface ExcludedPeer {
  peer: SuggestedPeer;
  /** Why they cannot take this participant, e.g. "on leave", "does not speak Spanish (required)". */
  reasons: string[];
}

export interface MatchSuggestions {
  participantId: number;
  /** Every eligible peer supporter, best first. */
  ranked: MatchSuggestion[];
  excluded: ExcludedPeer[];
  /** Set when no eligible peer shares the participant's condition: ranked by shared needs instead. */
  fallback: string | null;
}

// --- Matches ---

export const matchStatuses = ['proposed', 'active', 'ended'] as const;
export type MatchStatus = (typeof matchStatuses)[number];
export const matchStatusLabels: Record<MatchStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  ended: 'Ended',
};

export const matchEndReasons = [
  'goals-met',
  'participant-withdrew',
  'peer-unavailable',
  'not-a-fit',
  'lost-contact',
  'other',
] as const;
export type MatchEndReason = (typeof matchEndReasons)[number];
export const matchEndReasonLabels: Record<MatchEndReason, string> = {
  'goals-met': 'Goals met',
  'participant-withdrew': 'Participant withdrew',
  'peer-unavailable': 'Peer supporter unavailable',
  'not-a-fit': 'Not a fit',
  'lost-contact': 'Lost contact',
  other: 'Other',
};

export const matchCreateInput = z
  .object({
    participantId: idSchema,
    peerSupporterId: z.number({ error: 'Choose the peer supporter.' }).int().positive(),
    /** Today or earlier: the match starts at once (active). Null: proposed, started later. */
    startedOn: pastDateSchema.nullable().default(null),
    /** Required when the peer supporter is not among the suggested (rank above SUGGESTED_COUNT). */
    choiceReason: optionalText(500),
    /** The match this one replaces (ended as not a fit). */
    previousMatchId: idSchema.nullable().default(null),
  })
  .strict();
export type MatchCreateInput = z.input<typeof matchCreateInput>;

export const matchStartInput = z.object({ id: idSchema, startedOn: pastDateSchema }).strict();

/** After a match ends, a participant without another open match waits for a new one or is closed. */
export const afterMatchEnds = ['wait', 'close'] as const;

export const matchEndInput = z
  .object({
    id: idSchema,
    endedOn: pastDateSchema,
    reason: z.enum(matchEndReasons, { error: 'Choose why the match ended.' }),
    note: optionalText(500),
    then: z.enum(afterMatchEnds).default('wait'),
    closureReasonId: idSchema.nullable().default(null),
  })
  .strict()
  .refine((input) => input.reason !== 'other' || input.note !== null, {
    path: ['note'],
    error: 'Say why the match ended.',
  })
  .refine((input) => input.then !== 'close' || input.closureReasonId !== null, {
    path: ['closureReasonId'],
    error: 'Choose why the participant is closed.',
  });

export const matchIdInput = z.object({ id: idSchema }).strict();

export const matchListInput = z
  .object({
    participantId: idSchema.nullable().default(null),
    peerSupporterId: idSchema.nullable().default(null),
    statuses: z.array(z.enum(matchStatuses)).max(3).default([]),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type MatchListInput = z.input<typeof matchListInput>;

export interface MatchRow {
  id: number;
  status: MatchStatus;
  participant: { id: number; name: string };
  peerSupporter: { id: number; name: string };
  proposedOn: string;
  startedOn: string | null;
  endedOn: string | null;
  endReason: MatchEndReason | null;
  /** The last contact (not attempt), as YYYY-MM-DDTHH:MM. */
  lastContactAt: string | null;
}

export interface MatchList {
  total: number;
  rows: MatchRow[];
}

export const followUpKinds = ['fit-check', 'contact-reminder'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];
export const followUpKindLabels: Record<FollowUpKind, string> = {
  'fit-check': 'Fit check',
  'contact-reminder': 'Reminder to call the peer supporter',
};

export const fitAnswers = ['good-fit', 'unsure', 'not-a-fit'] as const;
export type FitAnswer = (typeof fitAnswers)[number];
export const fitAnswerLabels: Record<FitAnswer, string> = {
  'good-fit': 'Good fit',
  unsure: 'Unsure',
  'not-a-fit': 'Not a fit',
};

export interface FollowUp {
  id: number;
  matchId: number;
  kind: FollowUpKind;
  dueFrom: string;
  dueOn: string;
  completedOn: string | null;
  /** Fit check: did the first contact happen. */
  firstContactHappened: boolean | null;
  /** Fit check: how the participant feels about the match. */
  fitAnswer: FitAnswer | null;
  note: string | null;
  /** A reminder no longer needed because a contact was logged before its day. */
  settled: boolean;
}

export const followUpCompleteInput = z
  .object({
    id: idSchema,
    completedOn: pastDateSchema,
    firstContactHappened: z.boolean().nullable().default(null),
    fitAnswer: z.enum(fitAnswers).nullable().default(null),
    note: optionalText(1000),
  })
  .strict();

export type CadenceState = 'ok' | 'alert' | 'escalated';

/** A match opened: what its row in the list says (bar the last contact), and the rest. */
export interface Match extends Omit<MatchRow, 'lastContactAt'> {
  endNote: string | null;
  /** Where the peer stood among the suggestions when chosen (null: not ranked, e.g. imported). */
  chosenRank: number | null;
  choiceReason: string | null;
  previousMatchId: number | null;
  nextMatchId: number | null;
  followUps: FollowUp[];
  /** Days since the last contact (or the start) for an active match, and what that means. */
  daysWithoutContact: number | null;
  cadence: CadenceState;
  createdAt: string;
  updatedAt: string;
}

// --- Do not match ---

export const doNotMatchReasons = ['known-to-each-other', 'same-household', 'other'] as const;
export type DoNotMatchReason = (typeof doNotMatchReasons)[number];
export const doNotMatchReasonLabels: Record<DoNotMatchReason, string> = {
  'known-to-each-other': 'Known to each other',
  'same-household': 'Same household',
  other: 'Another reason',
};

export const doNotMatchAddInput = z
  .object({
    participantId: idSchema,
    peerSupporterId: z.number({ error: 'Choose the peer supporter.' }).int().positive(),
    reason: z.enum(doNotMatchReasons, { error: 'Choose the reason.' }),
    note: optionalText(300),
  })
  .strict()
  .refine((input) => input.reason !== 'other' || input.note !== null, {
    path: ['note'],
    error: 'Say why these two must not be matched.',
  });

export const doNotMatchListInput = z
  .object({ participantId: idSchema.nullable().default(null), peerSupporterId: idSchema.nullable().default(null) })
  .strict()
  .refine((input) => (input.participantId === null) !== (input.peerSupporterId === null), {
    error: 'Give the participant or the peer supporter.',
  });

export interface DoNotMatchPair {
  id: number;
  participant: { id: number; name: string };
  peerSupporter: { id: number; name: string };
  reason: DoNotMatchReason;
  note: string | null;
  recordedOn: string;
}
