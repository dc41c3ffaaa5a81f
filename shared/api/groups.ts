// Group sessions: who facilitated, how, on what topics, and who came (named participants plus a
// count of those who came without giving a name).
import { z } from 'zod';
import { idSchema, modalitySchema, optionalText, pastDateSchema, requiredText, type Modality } from './fields';

export const groupSessionFieldsSchema = z
  .object({
    title: requiredText(160, 'Enter the title of the session.'),
    heldOn: pastDateSchema,
    durationMinutes: z
      .number({ error: 'Enter the minutes.' })
      .int({ error: 'Enter whole minutes.' })
      .min(5, { error: 'At least 5 minutes.' })
      .max(720, { error: 'At most 720 minutes.' }),
    facilitatorIds: z
      .array(idSchema)
      .min(1, { error: 'Choose who facilitated.' })
      .max(10, { error: 'At most 10 facilitators.' }),
    modality: modalitySchema,
    topics: z.array(requiredText(80, 'Enter the topic.')).max(20, { error: 'At most 20 topics.' }).default([]),
    attendeeIds: z.array(idSchema).max(500, { error: 'At most 500 named attendees.' }).default([]),
    anonymousAttendees: z
      .number({ error: 'Enter how many came without giving a name.' })
      .int({ error: 'Enter a whole number.' })
      .min(0, { error: 'It cannot be negative.' })
      .max(1000, { error: 'At most 1000.' })
      .default(0),
    notes: optionalText(2000),
  })
  .strict();
export type GroupSessionFields = z.output<typeof groupSessionFieldsSchema>;
export type GroupSessionFieldsInput = z.input<typeof groupSessionFieldsSchema>;

export const groupSessionUpdateInput = z.object({ id: idSchema, fields: groupSessionFieldsSchema }).strict();
export const groupSessionIdInput = z.object({ id: idSchema }).strict();
export const groupSessionListInput = z
  .object({
    /** Sessions a participant attended, or all. */
    participantId: idSchema.nullable().default(null),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export interface GroupSessionRow {
  id: number;
  title: string;
  heldOn: string;
  durationMinutes: number;
  modality: Modality;
  facilitators: string[];
  attendance: number;
}

export interface GroupSessionList {
  total: number;
  rows: GroupSessionRow[];
}

export interface GroupSession extends GroupSessionFields {
  id: number;
  facilitators: Array<{ id: number; name: string }>;
  attendees: Array<{ id: number; name: string }>;
  createdAt: string;
  updatedAt: string;
}
