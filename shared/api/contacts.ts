// Contacts: each time a peer supporter and a participant were in touch (or tried to be), which of
// the five key functions it served, the fidelity items delivered, referrals made to the resource
// directory, a concern raised to a supervisor, and the next planned contact.
import { z } from 'zod';
import { dateSchema, idSchema, modalitySchema, optionalText, pastDateSchema, todayIso, type Modality } from './fields';

/** The five key functions of peer support (003). */
export const keyFunctions = [
  'being-there',
  'daily-management',
  'social-emotional',
  'linkage',
  'ongoing-support',
] as const;
export type KeyFunction = (typeof keyFunctions)[number];
export const keyFunctionLabels: Record<KeyFunction, string> = {
  'being-there': 'Being there',
  'daily-management': 'Assistance in daily management',
  'social-emotional': 'Social and emotional support',
  linkage: 'Linkage to clinical care and community resources',
  'ongoing-support': 'Ongoing support over time',
};

/** Chinman's nineteen peer service items (004, Table 2). */
export const fidelityItems = [
  'promote-hope',
  'role-model',
  'share-recovery-story',
  'reduce-isolation',
  'recovery-planning',
  'flexible-time-place',
  'engage-in-treatment',
  'illness-management',
  'link-community-resources',
  'liaison-staff',
  'access-to-services',
  'recovery-groups',
  'focus-on-strengths',
  'empathy',
  'empowerment',
  'trusting-relationship',
  'coping-skills',
  'problem-solving',
  'team-focus-on-recovery',
] as const;
export type FidelityItem = (typeof fidelityItems)[number];
export const fidelityItemLabels: Record<FidelityItem, string> = {
  'promote-hope': 'Promote hope',
  'role-model': 'Serve as role model',
  'share-recovery-story': 'Share recovery story',
  'reduce-isolation': 'Help reduce isolation',
  'recovery-planning': 'Do recovery planning',
  'flexible-time-place': 'Have flexible time and meeting places',
  'engage-in-treatment': 'Engage participants in treatment',
  'illness-management': "Increase the participant's part in managing their own condition",
  'link-community-resources': 'Help link participants to community resources',
  'liaison-staff': 'Serve as liaison between staff and participants',
  'access-to-services': 'Increase access to services',
  'recovery-groups': 'Run recovery groups',
  'focus-on-strengths': 'Focus on strengths',
  empathy: 'Provide empathy',
  empowerment: 'Promote empowerment',
  'trusting-relationship': 'Develop a trusting relationship',
  'coping-skills': 'Teach coping skills',
  'problem-solving': 'Teach problem solving',
  'team-focus-on-recovery': 'Help the team focus on recovery',
};

export const contactInitiators = ['peer-supporter', 'participant', 'staff'] as const;
export type ContactInitiator = (typeof contactInitiators)[number];
export const contactInitiatorLabels: Record<ContactInitiator, string> = {
  'peer-supporter': 'The peer supporter',
  participant: 'The participant',
  staff: 'Program staff',
};

/** A local date and time, YYYY-MM-DDTHH:MM, not in the future. */
export const contactTimeSchema = z
  .string({ error: 'Enter the date and time.' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'Enter the date and time as YYYY-MM-DD HH:MM.' })
  .refine((value) => dateSchema.safeParse(value.slice(0, 10)).success, { error: 'That date does not exist.' })
  .refine((value) => Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60, {
    error: 'That time does not exist.',
  })
  .refine((value) => value.slice(0, 10) <= todayIso(), { error: 'This date is in the future.' });

export const referralSchema = z
  .object({
    resourceId: z.number({ error: 'Choose the resource.' }).int().positive({ error: 'Choose the resource.' }),
    note: optionalText(300),
  })
  .strict();

export const contactFieldsSchema = z
  .object({
    /** A contact belongs to a match, or to a participant without one. */
    matchId: idSchema.nullable().default(null),
    participantId: idSchema,
    /** Taken from the match when there is one; otherwise who was in touch, if a peer supporter. */
    peerSupporterId: idSchema.nullable().default(null),
    occurredAt: contactTimeSchema,
    /** An attempt that did not reach the person: counted apart, never as a contact. */
    isAttempt: z.boolean().default(false),
    durationMinutes: z
      .number({ error: 'Enter the minutes.' })
      .int({ error: 'Enter whole minutes.' })
      .min(1, { error: 'At least 1 minute.' })
      .max(720, { error: 'At most 720 minutes.' })
      .nullable()
      .default(null),
    modality: modalitySchema,
    initiatedBy: z.enum(contactInitiators).default('peer-supporter'),
    functions: z.array(z.enum(keyFunctions)).max(keyFunctions.length).default([]),
    fidelityItems: z.array(z.enum(fidelityItems)).max(fidelityItems.length).default([]),
    referrals: z.array(referralSchema).max(10, { error: 'At most 10 referrals in one contact.' }).default([]),
    concernRaised: z.boolean().default(false),
    concern: optionalText(2000),
    privateNotes: optionalText(5000),
    nextContactOn: dateSchema.nullable().default(null),
  })
  .strict()
  .refine((c) => c.isAttempt || c.durationMinutes !== null, {
    path: ['durationMinutes'],
    error: 'Enter how many minutes the contact lasted.',
  })
  .refine(
    (c) => !c.isAttempt || (c.functions.length === 0 && c.fidelityItems.length === 0 && c.referrals.length === 0),
    {
      path: ['isAttempt'],
      error: 'An attempt that did not reach the person serves no function and makes no referral.',
    },
  )
  .refine((c) => !c.concernRaised || c.concern !== null, {
    path: ['concern'],
    error: 'Describe the concern for the supervisor.',
  })
  .refine((c) => c.nextContactOn === null || c.nextContactOn >= c.occurredAt.slice(0, 10), {
    path: ['nextContactOn'],
    error: 'The next contact comes after this one.',
  });
export type ContactFields = z.output<typeof contactFieldsSchema>;
export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;

export const contactUpdateInput = z.object({ id: idSchema, fields: contactFieldsSchema }).strict();
export const contactIdInput = z.object({ id: idSchema }).strict();
export const contactListInput = z
  .object({ matchId: idSchema.nullable().default(null), participantId: idSchema.nullable().default(null) })
  .strict()
  .refine((input) => (input.matchId === null) !== (input.participantId === null), {
    error: 'Give the match or the participant.',
  });
export const concernResolveInput = z
  .object({ id: idSchema, resolvedOn: pastDateSchema, note: optionalText(1000) })
  .strict();

export interface Contact extends Omit<ContactFields, 'referrals'> {
  id: number;
  peerSupporter: { id: number; name: string } | null;
  referrals: Array<{ resourceId: number; resource: string; note: string | null }>;
  concernResolvedOn: string | null;
  concernResolution: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContactTotals {
  contacts: number;
  attempts: number;
  minutes: number;
  byModality: Partial<Record<Modality, number>>;
  byFunction: Partial<Record<KeyFunction, number>>;
  referrals: number;
  lastContactAt: string | null;
}

/** A match's (or a participant's) contacts and attempts, newest first, with their totals. */
export interface ContactTimeline {
  totals: ContactTotals;
  entries: Contact[];
}

/** A concern raised in a contact, as the peer supporter's supervision section shows it. */
export interface RaisedConcern {
  contactId: number;
  matchId: number | null;
  participant: { id: number; name: string };
  raisedAt: string;
  concern: string;
  resolvedOn: string | null;
  resolution: string | null;
}

export const peerConcernsInput = z.object({ peerSupporterId: idSchema }).strict();
