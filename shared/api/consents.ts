// Confidentiality consents, one register per participant. Each consent holds the elements that
// US rules require of a written consent to disclose substance-use records (42 CFR 2.31), how it
// was obtained, an optional scan, and its revocation. A consent may be saved with elements
// still missing: it is then "incomplete", and the app names what is missing.
import { z } from 'zod';
import { dateSchema, idSchema, optionalText, pastDateSchema, requiredText } from './fields';

/** The kinds PeerDesk knows the meaning of; a program may add its own kinds beside them. */
export const consentKindCodes = [
  'participation',
  'release',
  'contact',
  'deidentified-data',
  'research',
  'media',
] as const;
export type ConsentKindCode = (typeof consentKindCodes)[number];

export interface ConsentKind {
  id: number;
  /** Null for a kind the program added itself. */
  code: ConsentKindCode | null;
  label: string;
  retired: boolean;
  /** How many consents are of this kind. */
  usage: number;
}

export const contactChannels = ['text', 'voicemail', 'email'] as const;
export type ContactChannel = (typeof contactChannels)[number];
export const contactChannelLabels: Record<ContactChannel, string> = {
  text: 'Text messages',
  voicemail: 'Voicemail',
  email: 'Email',
};

export const consentMethods = ['paper', 'typed-signature', 'drawn-signature', 'verbal-witnessed'] as const;
export type ConsentMethod = (typeof consentMethods)[number];
export const consentMethodLabels: Record<ConsentMethod, string> = {
  paper: 'Signed on paper (on file)',
  'typed-signature': 'Typed signature',
  'drawn-signature': 'Drawn signature',
  'verbal-witnessed': 'Verbal, with a witness',
};

export const signers = ['participant', 'representative'] as const;
export type Signer = (typeof signers)[number];

export const PURPOSE_MAX = 10;

/** The words a new consent offers for the right to revoke, and how. */
export const DEFAULT_REVOCATION_TERMS =
  'The participant may revoke this consent at any time, in writing or by telling the program leader. ' +
  'Revoking it does not undo what was already shared while it was in force.';

/** What a consent says. Every element may be left empty: an incomplete consent names what is missing. */
export const consentFieldsSchema = z
  .object({
    participantId: idSchema,
    kindId: z.number({ error: 'Choose the kind of consent.' }).int().positive({ error: 'Choose the kind of consent.' }),
    /** Who may disclose: the program, by default. */
    disclosingParty: optionalText(200),
    /** A specific description of the information that may be disclosed. */
    information: optionalText(2000),
    /** The recipients, by name or by class. */
    recipients: optionalText(500),
    purposes: z
      .array(z.string().trim().min(1, { error: 'Enter the purpose, or remove the line.' }).max(300))
      .max(PURPOSE_MAX, { error: `At most ${PURPOSE_MAX} purposes.` })
      .default([]),
    /** For a consent to be contacted: the ways the participant agreed to. */
    contactChannels: z.array(z.enum(contactChannels)).max(contactChannels.length).default([]),
    /** The right to revoke, and how to revoke, as told to the participant. */
    revocationTerms: optionalText(1000),
    expiresOn: dateSchema.nullable().default(null),
    expiryEvent: optionalText(300),
    signer: z.enum(signers).default('participant'),
    representativeName: optionalText(120),
    representativeRelationship: optionalText(120),
    signedOn: pastDateSchema.nullable().default(null),
    method: z.enum(consentMethods).nullable().default(null),
    witnessName: optionalText(120),
    notes: optionalText(2000),
  })
  .strict()
  .refine((c) => c.expiresOn === null || c.signedOn === null || c.expiresOn >= c.signedOn, {
    path: ['expiresOn'],
    error: 'It cannot expire before it was signed.',
  });

export type ConsentFields = z.output<typeof consentFieldsSchema>;
export type ConsentFieldsInput = z.input<typeof consentFieldsSchema>;

export const consentCreateInput = consentFieldsSchema;
export const consentUpdateInput = z.object({ id: idSchema, fields: consentFieldsSchema }).strict();
export const consentIdInput = z.object({ id: idSchema }).strict();
export const consentListInput = z.object({ participantId: idSchema }).strict();

export const consentRevokeInput = z
  .object({
    id: idSchema,
    revokedOn: pastDateSchema,
    revokedHow: requiredText(300, 'Say how it was revoked, such as "in writing" or "by phone".'),
    recordedBy: requiredText(120, 'Enter who recorded the revocation.'),
  })
  .strict();

export const SCAN_MAX_BYTES = 10 * 1024 * 1024;
export const scanMimeTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type ScanMimeType = (typeof scanMimeTypes)[number];

/** A scan arrives as base64 (both hosts carry JSON); its kind is read from its bytes, not its name. */
export const consentScanInput = z
  .object({
    id: idSchema,
    fileName: requiredText(200, 'The file needs a name.'),
    dataBase64: z
      .string()
      .min(1, { error: 'The file is empty.' })
      .max(Math.ceil(SCAN_MAX_BYTES / 3) * 4 + 4, { error: 'The scan is larger than 10 MB.' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file did not arrive whole; try again.' }),
  })
  .strict();

export const consentKindAddInput = z
  .object({ label: requiredText(120, 'Enter the name of the kind of consent.') })
  .strict();
export const consentKindRenameInput = z
  .object({ id: idSchema, label: requiredText(120, 'Enter the name of the kind of consent.') })
  .strict();
export const consentKindRetireInput = z.object({ id: idSchema, retired: z.boolean() }).strict();

export const consentStatuses = ['active', 'expiring-soon', 'expired', 'revoked', 'incomplete'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];
export const consentStatusLabels: Record<ConsentStatus, string> = {
  active: 'Active',
  'expiring-soon': 'Expiring soon',
  expired: 'Expired',
  revoked: 'Revoked',
  incomplete: 'Incomplete',
};

/** The required elements, named as the app names them when one is missing. */
export const consentElements = [
  'disclosingParty',
  'information',
  'recipients',
  'purposes',
  'contactChannels',
  'revocationTerms',
  'expiry',
  'signature',
  'representative',
  'signedOn',
  'method',
  'witness',
] as const;
export type ConsentElement = (typeof consentElements)[number];
export const consentElementLabels: Record<ConsentElement, string> = {
  disclosingParty: 'who may disclose',
  information: 'the information to be disclosed',
  recipients: 'the recipients',
  purposes: 'the purpose',
  contactChannels: 'the ways of contact agreed to',
  revocationTerms: 'the right to revoke and how',
  expiry: 'an expiry date or event',
  signature: 'who signed',
  representative: "the representative's name and relationship",
  signedOn: 'the date signed',
  method: 'how it was obtained',
  witness: 'the witness',
};

/** "the recipients; an expiry date or event": what a consent still lacks, as a person says it. */
export function describeMissing(missing: readonly ConsentElement[]): string {
  return missing.map((element) => consentElementLabels[element]).join('; ');
}

export interface ConsentRevocation {
  revokedOn: string;
  revokedHow: string;
  recordedBy: string;
}

export interface ConsentScan {
  fileName: string;
  mimeType: ScanMimeType;
  sizeBytes: number;
  addedAt: string;
}

export interface Consent extends ConsentFields {
  id: number;
  kind: { id: number; code: ConsentKindCode | null; label: string };
  status: ConsentStatus;
  /** The required elements still missing (empty when complete). */
  missing: ConsentElement[];
  revocation: ConsentRevocation | null;
  scan: ConsentScan | null;
  createdAt: string;
  updatedAt: string;
}

/** What a participant's consents allow today, where the app would contact them. */
export interface ConsentOverview {
  /** Whether the participant may be contacted each way today (an active consent to be contacted). */
  contactAllowed: Record<ContactChannel, boolean>;
}

export interface ConsentScanFile {
  fileName: string;
  mimeType: ScanMimeType;
  dataBase64: string;
}

export interface ConsentFormFile {
  fileName: string;
  pdfBase64: string;
}
