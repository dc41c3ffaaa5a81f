// Peer supporters: the people with lived experience who support participants, with their
// readiness, training and certifications.
import { z } from 'zod';
import {
  birthYearSchema,
  contactFields,
  dateSchema,
  idSchema,
  identityFields,
  modalitySchema,
  optionalText,
  pastDateSchema,
  requiredText,
  type Modality,
} from './fields';
import type { StatusChange } from './participants';

export const peerStatuses = ['applicant', 'in-training', 'active', 'on-leave', 'inactive'] as const;
export const peerStatusSchema = z.enum(peerStatuses);
export type PeerStatus = (typeof peerStatuses)[number];

export const peerStatusLabels: Record<PeerStatus, string> = {
  applicant: 'Applicant',
  'in-training': 'In training',
  active: 'Active',
  'on-leave': 'On leave',
  inactive: 'Inactive',
};

export const engagements = ['volunteer', 'paid'] as const;

/** Certifications that expire within this many days are flagged. */
export const CERTIFICATION_WARNING_DAYS = 60;

export const peerSupporterFieldsSchema = z
  .object({
    ...identityFields,
    birthYear: birthYearSchema,
    ...contactFields,
    experienceTagIds: z.array(idSchema).max(50).default([]),
    modalities: z.array(modalitySchema).max(6).default([]),
    capacity: z
      .number({ error: 'Enter how many matches at most.' })
      .int({ error: 'Enter a whole number.' })
      .min(0, { error: 'Capacity cannot be negative.' })
      .max(50, { error: 'At most 50 active matches.' }),
    availability: optionalText(500),
    engagement: z.enum(engagements).default('volunteer'),
    startDate: dateSchema.nullable().default(null),
    codeOfConductSignedOn: pastDateSchema.nullable().default(null),
    wellnessAgreementOn: pastDateSchema.nullable().default(null),
    referenceCheckOn: pastDateSchema.nullable().default(null),
    backgroundCheckOn: pastDateSchema.nullable().default(null),
  })
  .strict();
export type PeerSupporterFields = z.output<typeof peerSupporterFieldsSchema>;
export type PeerSupporterFieldsInput = z.input<typeof peerSupporterFieldsSchema>;

export const peerSupporterCreateInput = peerSupporterFieldsSchema;
export const peerSupporterUpdateInput = z.object({ id: idSchema, fields: peerSupporterFieldsSchema }).strict();
export const peerSupporterIdInput = z.object({ id: idSchema }).strict();

export const peerStatusChangeInput = z
  .object({
    id: idSchema,
    status: peerStatusSchema,
    on: pastDateSchema,
    leaveUntil: dateSchema.nullable().default(null),
    /** Private: shown only on the peer's own record. */
    leaveReason: optionalText(300),
    note: optionalText(500),
  })
  .strict()
  .refine((input) => input.leaveUntil === null || input.leaveUntil >= input.on, {
    path: ['leaveUntil'],
    error: 'The leave cannot end before it starts.',
  });

export const trainingRecordInput = z
  .object({
    peerSupporterId: idSchema,
    topicId: idSchema,
    on: pastDateSchema,
    hours: z
      .number({ error: 'Enter the hours.' })
      .min(0.25, { error: 'At least a quarter of an hour.' })
      .max(200, { error: 'At most 200 hours per record.' }),
    trainer: optionalText(120),
  })
  .strict();

export const certificationInput = z
  .object({
    peerSupporterId: idSchema,
    name: requiredText(160, 'Enter the certification.'),
    issuedOn: pastDateSchema,
    expiresOn: dateSchema.nullable().default(null),
  })
  .strict()
  .refine((c) => c.expiresOn === null || c.expiresOn >= c.issuedOn, {
    path: ['expiresOn'],
    error: 'It cannot expire before it was issued.',
  });

export const removeRecordInput = z.object({ id: idSchema }).strict();

export const peerSorts = ['name', 'status', 'region', 'capacity'] as const;

export const peerSupporterListInput = z
  .object({
    search: z.string().trim().max(100).default(''),
    statuses: z.array(peerStatusSchema).max(5).default([]),
    tagId: idSchema.nullable().default(null),
    languageId: idSchema.nullable().default(null),
    region: z.string().trim().max(120).default(''),
    includeArchived: z.boolean().default(false),
    sort: z.enum(peerSorts).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type PeerSupporterListInput = z.input<typeof peerSupporterListInput>;

export interface PeerSupporterRow {
  id: number;
  displayName: string;
  status: PeerStatus;
  region: string | null;
  languages: string[];
  capacity: number;
  /** A certification expires within CERTIFICATION_WARNING_DAYS (or has expired). */
  certificationAlert: boolean;
  archived: boolean;
}

export interface PeerSupporterList {
  total: number;
  rows: PeerSupporterRow[];
}

export interface TrainingRecord {
  id: number;
  topicId: number;
  topic: string;
  on: string;
  hours: number;
  trainer: string | null;
}

export interface Certification {
  id: number;
  name: string;
  issuedOn: string;
  expiresOn: string | null;
  expiringSoon: boolean;
  expired: boolean;
}

export interface PeerSupporter extends Omit<PeerSupporterFields, 'modalities'> {
  id: number;
  modalities: Modality[];
  status: PeerStatus;
  statusSince: string;
  leaveUntil: string | null;
  leaveReason: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  history: StatusChange<PeerStatus>[];
  training: TrainingRecord[];
  trainingHours: number;
  certifications: Certification[];
}
