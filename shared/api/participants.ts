// Participants: the people a program supports. The form schema is the one the backend
// validates with; the DTOs are what crosses the boundary.
import { z } from 'zod';
import {
  birthDateSchema,
  contactFields,
  genderSchema,
  idSchema,
  identityFields,
  modalitySchema,
  optionalText,
  pastDateSchema,
  type Gender,
  type Modality,
} from './fields';

export const participantStatuses = ['referred', 'waiting', 'matched', 'closed'] as const;
export const participantStatusSchema = z.enum(participantStatuses);
export type ParticipantStatus = (typeof participantStatuses)[number];

export const participantStatusLabels: Record<ParticipantStatus, string> = {
  referred: 'Referred',
  waiting: 'Waiting for a match',
  matched: 'Matched',
  closed: 'Closed',
};

const ageSchema = z.number().int().min(10, { error: 'Enter an age of 10 or more.' }).max(110).nullable().default(null);

export const peerPreferencesSchema = z
  .object({
    gender: genderSchema,
    ageMin: ageSchema,
    ageMax: ageSchema,
    languageId: idSchema.nullable().default(null),
    languageRequired: z.boolean().default(false),
    culturalBackground: optionalText(120),
    modalities: z.array(modalitySchema).max(6).default([]),
  })
  .refine((p) => p.ageMin === null || p.ageMax === null || p.ageMin <= p.ageMax, {
    path: ['ageMax'],
    error: 'The oldest age must not be below the youngest.',
  });

export const participantFieldsSchema = z
  .object({
    ...identityFields,
    birthDate: birthDateSchema,
    ...contactFields,
    referralDate: pastDateSchema,
    referralSourceId: idSchema.nullable().default(null),
    referrerName: optionalText(120),
    referrerOrganisation: optionalText(160),
    experienceTagIds: z.array(idSchema).max(50).default([]),
    goals: optionalText(2000),
    preferences: peerPreferencesSchema,
    isCaregiver: z.boolean().default(false),
    caregiverRelationship: optionalText(120),
    caredFor: optionalText(200),
  })
  .strict();
export type ParticipantFields = z.output<typeof participantFieldsSchema>;
export type ParticipantFieldsInput = z.input<typeof participantFieldsSchema>;

export const participantCreateInput = participantFieldsSchema;
export const participantUpdateInput = z.object({ id: idSchema, fields: participantFieldsSchema }).strict();
export const participantIdInput = z.object({ id: idSchema }).strict();

export const participantStatusChangeInput = z
  .object({
    id: idSchema,
    status: participantStatusSchema,
    on: pastDateSchema,
    closureReasonId: idSchema.nullable().default(null),
    note: optionalText(500),
  })
  .strict()
  .refine((input) => input.status !== 'closed' || input.closureReasonId !== null, {
    path: ['closureReasonId'],
    error: 'Choose why the participant is closed.',
  });

export const participantSorts = ['name', 'status', 'referralDate', 'region'] as const;

export const participantListInput = z
  .object({
    search: z.string().trim().max(100).default(''),
    statuses: z.array(participantStatusSchema).max(4).default([]),
    tagId: idSchema.nullable().default(null),
    languageId: idSchema.nullable().default(null),
    region: z.string().trim().max(120).default(''),
    includeArchived: z.boolean().default(false),
    sort: z.enum(participantSorts).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ParticipantListInput = z.input<typeof participantListInput>;

export interface StatusChange<S extends string> {
  id: number;
  from: S | null;
  to: S;
  on: string;
  reasonId: number | null;
  note: string | null;
  recordedAt: string;
}

/** One row of the participants list: what the table shows, nothing more. */
export interface ParticipantRow {
  id: number;
  displayName: string;
  status: ParticipantStatus;
  referralDate: string;
  region: string | null;
  languages: string[];
  archived: boolean;
}

export interface ParticipantList {
  total: number;
  rows: ParticipantRow[];
}

export interface Participant extends Omit<ParticipantFields, 'preferences'> {
  id: number;
  preferences: {
    gender: Gender | null;
    ageMin: number | null;
    ageMax: number | null;
    languageId: number | null;
    languageRequired: boolean;
    culturalBackground: string | null;
    modalities: Modality[];
  };
  status: ParticipantStatus;
  statusSince: string;
  closureReasonId: number | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  history: StatusChange<ParticipantStatus>[];
}
