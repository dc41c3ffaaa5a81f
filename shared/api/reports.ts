// Reports for funders: the period, the sections, and the report itself as it crosses the
// boundary. A report holds no names, contact details, dates of birth or internal ids; its small
// counts are already suppressed when it leaves the backend, so every export shows the same cells.
import { z } from 'zod';
import { daysBetween } from './days';
import { dateSchema, idSchema, requiredText } from './fields';

/** The cell-size threshold: counts from 1 to t-1 are shown as "<t" (CMS cell-size policy: 11). */
export const DEFAULT_REPORT_THRESHOLD = 11;
export const REPORT_THRESHOLD_MIN = 5;
export const REPORT_THRESHOLD_MAX = 20;
export const reportThresholdSchema = z
  .number({ error: 'Small counts: enter a whole number from 5 to 20.' })
  .int({ error: 'Small counts: enter a whole number from 5 to 20.' })
  .min(REPORT_THRESHOLD_MIN, { error: 'Small counts: enter a whole number from 5 to 20.' })
  .max(REPORT_THRESHOLD_MAX, { error: 'Small counts: enter a whole number from 5 to 20.' });

export const periodKinds = ['this-quarter', 'last-quarter', 'this-year', 'last-year', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];
export const periodKindLabels: Record<PeriodKind, string> = {
  'this-quarter': 'This quarter',
  'last-quarter': 'Last quarter',
  'this-year': 'This year',
  'last-year': 'Last year',
  custom: 'Custom dates',
};

/** A custom period may span at most this many days (ten years and leap days). */
export const PERIOD_MAX_DAYS = 3660;

export const reportPeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['this-quarter', 'last-quarter', 'this-year', 'last-year']) }).strict(),
  z
    .object({
      kind: z.literal('custom'),
      from: dateSchema,
      to: dateSchema,
    })
    .strict()
    .refine((period) => period.from <= period.to, { path: ['to'], error: 'The end date is before the start date.' })
    .refine((period) => period.from > period.to || daysBetween(period.from, period.to) < PERIOD_MAX_DAYS, {
      path: ['to'],
      error: 'A report covers at most ten years.',
    }),
]);
export type ReportPeriodInput = z.input<typeof reportPeriodSchema>;
export type ReportPeriodChoice = z.output<typeof reportPeriodSchema>;

/** A period resolved to dates, both inclusive, YYYY-MM-DD. */
export interface ReportPeriod {
  kind: PeriodKind;
  from: string;
  to: string;
  /** "1 Jan 2026 to 31 Mar 2026 (last quarter)". */
  label: string;
}

export const reportSections = [
  'reach',
  'matches',
  'contacts',
  'referrals',
  'groups',
  'demographics',
  'workforce',
  'fidelity',
] as const;
export type ReportSectionKey = (typeof reportSections)[number];
export const reportSectionLabels: Record<ReportSectionKey, string> = {
  reach: 'Reach',
  matches: 'Matches',
  contacts: 'Contacts',
  referrals: 'Referrals and concerns',
  groups: 'Group sessions',
  demographics: 'Participants served',
  workforce: 'Peer supporters',
  fidelity: 'Fidelity',
};

const sectionsSchema = z
  .array(z.enum(reportSections, { error: 'Sections: choose from the list.' }))
  .min(1, { error: 'Sections: choose at least one.' })
  .max(reportSections.length)
  .refine((sections) => new Set(sections).size === sections.length, { error: 'Sections: each once.' });

export const reportBuildInput = z
  .object({ period: reportPeriodSchema, sections: sectionsSchema.default([...reportSections]) })
  .strict();
export type ReportBuildInput = z.input<typeof reportBuildInput>;

export const reportFormats = ['xlsx', 'csv', 'pdf', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];
export const reportExportInput = z
  .object({
    period: reportPeriodSchema,
    sections: sectionsSchema.default([...reportSections]),
    format: z.enum(reportFormats, { error: 'Format: choose XLSX, CSV, PDF or JSON.' }),
  })
  .strict();
export type ReportExportInput = z.input<typeof reportExportInput>;

/** A file the backend wrote, handed to the renderer to save. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

// ---- The report -------------------------------------------------------------------------

/**
 * One published number. `suppressed` cells carry what is shown instead: "<11" for a small count
 * (primary), "suppressed" for a cell hidden so that a small count cannot be worked out
 * (complementary), or for a percentage, median or sum computed from fewer than t people.
 */
export type ReportCell =
  | { kind: 'value'; value: number }
  | { kind: 'suppressed'; reason: 'small-count' | 'complementary' | 'too-few'; shown: string };

/** How a column's numbers read: a count (suppressible), hours, a percentage (0-100), days. */
export const columnUnits = ['count', 'hours', 'percent', 'days'] as const;
export type ColumnUnit = (typeof columnUnits)[number];

export interface ReportColumn {
  /** Stable key, e.g. "contacts", "hours", "share". */
  key: string;
  label: string;
  unit: ColumnUnit;
}

export interface ReportRow {
  /** Stable key: a code ("phone", "goals-met"), a month ("2026-01"), or a label's slug. */
  key: string;
  label: string;
  cells: Record<string, ReportCell>;
}

export interface ReportTable {
  /** Stable key, e.g. "contacts.byModality". */
  key: string;
  title: string;
  definition: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** The published totals row, or null when rows overlap (a contact may serve several functions). */
  total: ReportRow | null;
  /** Something was suppressed in this table. */
  suppressed: boolean;
}

export interface ReportMeasure {
  /** Stable key, e.g. "reach.participantsServed". */
  key: string;
  label: string;
  definition: string;
  unit: ColumnUnit;
  /** Headline totals are never suppressed; medians and percentages from fewer than t people are. */
  cell: ReportCell;
}

export interface ReportSection {
  key: ReportSectionKey;
  title: string;
  measures: ReportMeasure[];
  tables: ReportTable[];
}

export interface Report {
  programName: string;
  period: ReportPeriod;
  /** ISO date-time. */
  generatedAt: string;
  threshold: number;
  /** True when any cell of any table or measure was suppressed. */
  suppressionApplied: boolean;
  /** One sentence on the threshold and the suppression, printed with every copy. */
  suppressionNote: string;
  sections: ReportSection[];
}

// ---- Saved funder profiles -----------------------------------------------------------------

export const funderProfileFieldsSchema = z
  .object({
    name: requiredText(120, 'Enter a name for the profile, such as "Quarterly report for the county".'),
    periodKind: z.enum(periodKinds, { error: 'Period: choose from the list.' }),
    sections: sectionsSchema,
  })
  .strict();
export type FunderProfileFields = z.output<typeof funderProfileFieldsSchema>;
export const funderProfileUpdateInput = z.object({ id: idSchema, fields: funderProfileFieldsSchema }).strict();
export const funderProfileIdInput = z.object({ id: idSchema }).strict();

export interface FunderProfile extends FunderProfileFields {
  id: number;
}

// ---- Identifiable lists, only with consent -------------------------------------------------

export const participantListFields = [
  'preferredName',
  'pronouns',
  'birthDate',
  'phone',
  'email',
  'address',
  'status',
  'referralDate',
  'peerSupporter',
] as const;
export type ParticipantListField = (typeof participantListFields)[number];
export const participantListFieldLabels: Record<ParticipantListField, string> = {
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  birthDate: 'Date of birth',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  status: 'Status',
  referralDate: 'Referral date',
  peerSupporter: 'Peer supporter',
};

export const participantListExportInput = z
  .object({
    recipient: requiredText(200, 'Enter the recipient named in the release, such as "Eastside Family Clinic".'),
    purpose: requiredText(300, 'Enter the purpose named in the release.'),
    fields: z
      .array(z.enum(participantListFields, { error: 'Fields: choose from the list.' }))
      .max(20)
      .default([]),
    format: z.enum(['xlsx', 'csv'], { error: 'Format: choose XLSX or CSV.' }).default('xlsx'),
  })
  .strict();
export type ParticipantListExportInput = z.input<typeof participantListExportInput>;

export interface ParticipantLeftOut {
  participantId: number;
  name: string;
  /** Why: "no release names this recipient", "the release expired on 2026-03-01", ... */
  reason: string;
}

/** What a list would hold, shown before it is written. */
export interface ParticipantListPreview {
  included: number;
  leftOut: ParticipantLeftOut[];
}

export interface ParticipantListExport extends ParticipantListPreview {
  file: ExportedFile | null;
}
