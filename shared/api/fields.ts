// Field rules shared by the people forms and the backend: one place for what a valid date,
// name, phone or email is, and for the messages that say so.
import { z } from 'zod';

/** Today as YYYY-MM-DD in local time, the way people read dates on forms. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date as YYYY-MM-DD. */
export const dateSchema = z
  .string({ error: 'Enter a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter the date as YYYY-MM-DD.' })
  .refine(isRealDate, { error: 'That date does not exist.' });

/** A date that has already happened (or is today). */
export const pastDateSchema = dateSchema.refine((value) => value <= todayIso(), {
  error: 'This date is in the future.',
});

/** Free text that may be left empty: stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this under ${max} characters.` })
    .transform((value) => (value.length === 0 ? null : value))
    .nullable()
    .default(null);

export const requiredText = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Keep this under ${max} characters.` });

export const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: 'That email address is too long.' })
  .refine((value) => value === '' || z.email().safeParse(value).success, {
    error: 'Enter an email address like name@example.org.',
  })
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .default(null);

export const optionalPhone = z
  .string()
  .trim()
  .max(40, { error: 'That phone number is too long.' })
  .refine((value) => value === '' || /^[+()\d\s.-]{5,}$/.test(value), {
    error: 'Enter a phone number with digits, spaces, +, ( ) or -.',
  })
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .default(null);

export const idSchema = z.number({ error: 'Choose an item.' }).int().positive();

export const genders = ['woman', 'man', 'non-binary', 'another-identity', 'prefer-not-to-say'] as const;
export const genderSchema = z.enum(genders).nullable().default(null);
export type Gender = (typeof genders)[number];
export const genderLabels: Record<Gender, string> = {
  woman: 'Woman',
  man: 'Man',
  'non-binary': 'Non-binary',
  'another-identity': 'Another identity',
  'prefer-not-to-say': 'Prefers not to say',
};

export const modalities = ['phone', 'in-person', 'video', 'text', 'group', 'home-visit'] as const;
export const modalitySchema = z.enum(modalities);
export type Modality = (typeof modalities)[number];
export const modalityLabels: Record<Modality, string> = {
  phone: 'Phone',
  'in-person': 'In person',
  video: 'Video',
  text: 'Text messages',
  group: 'Group',
  'home-visit': 'Home visit',
};

export const currentYear = (now: Date = new Date()) => now.getFullYear();

export const birthYearSchema = z
  .number({ error: 'Enter a year.' })
  .int({ error: 'Enter a whole year.' })
  .min(1900, { error: 'Enter a year after 1900.' })
  .refine((year) => year <= currentYear(), { error: 'This year is in the future.' })
  .nullable()
  .default(null);

/** A birth date, or only its year: YYYY-MM-DD or YYYY. */
export const birthDateSchema = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d{4}$/.test(value) || dateSchema.safeParse(value).success, {
    error: 'Enter the birth date as YYYY-MM-DD, or the year only as YYYY.',
  })
  .refine((value) => value === '' || value <= todayIso().slice(0, value.length), {
    error: 'The birth date is in the future.',
  })
  .refine((value) => value === '' || Number(value.slice(0, 4)) >= 1900, { error: 'Enter a year after 1900.' })
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .default(null);

/** The contact fields every person has, and how they may be contacted. */
export const contactFields = {
  phone: optionalPhone,
  email: optionalEmail,
  address: optionalText(300),
  voicemailOk: z.boolean().nullable().default(null),
  textsOk: z.boolean().nullable().default(null),
  bestTimes: optionalText(200),
};

export const identityFields = {
  firstName: requiredText(100, 'Enter the first name.'),
  lastName: requiredText(100, 'Enter the last name.'),
  preferredName: optionalText(100),
  pronouns: optionalText(40),
  gender: genderSchema,
  culturalBackground: optionalText(120),
  region: optionalText(120),
  languageIds: z.array(idSchema).max(20).default([]),
};
