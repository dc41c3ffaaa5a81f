// Demo consents: each participant's register, consistent with the record the generator made of
// them (referral date, safe-contact preferences, referrer, age), mostly active, some expiring,
// expired, revoked or incomplete on the demo's today. The large demo has about 50,000, so they
// are written with batched INSERTs rather than one by one through the service.
import type { EntityManager } from 'typeorm';
import type { ConsentFields, ConsentKindCode, ConsentStatus, ContactChannel } from '../../../shared/api/consents';
import type { ParticipantStatus } from '../../../shared/api/participants';
import { consentColumns, consentExpiringDays } from '../consents/consents';
import { consentDates } from './consent-dates';
import { DEMO_LEADER, obtained, signatureFor, type Signature } from './consent-signing';
import { REVOCATION_TERMS, wordingFor, type Referrer, type Wording } from './consent-wording';
import { addDays, recordedOn } from './dates';
import { insertRows } from './insert-rows';
import type { DemoContext } from './participants';

/** What a participant's record says that bears on their consents. */
interface Consentee {
  id: number;
  lastName: string;
  age: number | null;
  hasEmail: boolean;
  textsOk: boolean;
  voicemailOk: boolean;
  referralDate: string;
  referrer: Referrer;
  status: ParticipantStatus;
}

interface ConsentContext extends DemoContext {
  programName: string;
  expiringDays: number;
  kindIds: Map<ConsentKindCode, number>;
  witnesses: string[];
}

type Row = Record<string, unknown>;

async function readConsentees(manager: EntityManager, today: string): Promise<Consentee[]> {
  const rows = await manager.query<Row[]>(
    `SELECT id, last_name, birth_date, email, texts_ok, voicemail_ok, referral_date, referrer_name,
       referrer_organisation, status
     FROM participant ORDER BY id`,
  );
  const yearOf = (date: string) => Number(date.slice(0, 4));
  return rows.map((row) => ({
    id: row.id as number,
    lastName: row.last_name as string,
    age: row.birth_date === null ? null : yearOf(today) - yearOf(row.birth_date as string),
    hasEmail: row.email !== null,
    textsOk: row.texts_ok === 1,
    voicemailOk: row.voicemail_ok === 1,
    referralDate: row.referral_date as string,
    referrer: { name: row.referrer_name as string | null, organisation: row.referrer_organisation as string | null },
    status: row.status as ParticipantStatus,
  }));
}

/** The ways the participant agreed to be contacted: only those their safe-contact answers allow. */
function channelsFor(context: ConsentContext, person: Consentee): ContactChannel[] {
  const channels: ContactChannel[] = [];
  if (person.textsOk) channels.push('text');
  if (person.voicemailOk) channels.push('voicemail');
  if (person.hasEmail && context.faker.datatype.boolean({ probability: 0.4 })) channels.push('email');
  return channels;
}

function kindsFor(context: ConsentContext, person: Consentee, channels: ContactChannel[]): ConsentKindCode[] {
  const chance = (probability: number) => context.faker.datatype.boolean({ probability });
  // Some people not yet through intake have only agreed to be called back about it.
  const beforeIntake = person.status === 'referred' && channels.length > 0 && chance(0.3);
  if (beforeIntake) return ['contact'];
  const kinds: ConsentKindCode[] = [];
  if (chance(0.98)) kinds.push('participation');
  if (channels.length > 0 && chance(0.85)) kinds.push('contact');
  if (chance(0.3)) kinds.push('release');
  if (chance(0.35)) kinds.push('deidentified-data');
  if (chance(0.05)) kinds.push('research');
  if (chance(0.04)) kinds.push('media');
  return kinds.length > 0 ? kinds : ['participation'];
}

function planStatus(context: ConsentContext): ConsentStatus {
  return context.faker.helpers.weightedArrayElement<ConsentStatus>([
    { weight: 62, value: 'active' },
    { weight: 9, value: 'expiring-soon' },
    // Only consents of people referred over a year ago can have expired: planned more often.
    { weight: 16, value: 'expired' },
    { weight: 5, value: 'revoked' },
    { weight: 8, value: 'incomplete' },
  ]);
}

/** What a half-finished consent form typically lacks: one element, sometimes two. */
function leaveOut(context: ConsentContext, fields: ConsentFields, lastName: string): void {
  const { faker, names } = context;
  const gaps = faker.helpers.weightedArrayElement([
    { weight: 30, value: ['expiry'] },
    { weight: 20, value: ['method'] },
    { weight: 15, value: ['signedOn', 'method'] },
    { weight: 10, value: ['representativeRelationship'] },
    { weight: 10, value: ['witness'] },
    { weight: 5, value: ['purposes'] },
    { weight: 5, value: ['revocationTerms'] },
    { weight: 5, value: ['expiry', 'method'] },
  ]);
  for (const gap of gaps) {
    if (gap === 'expiry') Object.assign(fields, { expiresOn: null, expiryEvent: null });
    if (gap === 'method') Object.assign(fields, { method: null, witnessName: null });
    if (gap === 'signedOn') fields.signedOn = null;
    if (gap === 'witness') Object.assign(fields, { method: 'verbal-witnessed', witnessName: null });
    if (gap === 'purposes') fields.purposes = [];
    if (gap === 'revocationTerms') fields.revocationTerms = null;
    if (gap === 'representativeRelationship') {
      const name = fields.representativeName ?? `${names.fullName().split(' ')[0]} ${lastName}`;
      Object.assign(fields, { signer: 'representative', representativeName: name, representativeRelationship: null });
    }
  }
}

/** One consent as its row, dated so that on today it has the planned status (or else is active). */
function inventConsent(
  context: ConsentContext,
  person: Consentee,
  consent: {
    code: ConsentKindCode;
    wording: Wording;
    signature: Signature;
    channels: ContactChannel[];
    earliest: string;
    status: ConsentStatus;
  },
): Row {
  const { faker, today, now, expiringDays } = context;
  const { code, wording } = consent;
  // A consent that ends on an event never expires by date: an expiring one gets a dated term.
  const dated = consent.status === 'expiring-soon' || consent.status === 'expired';
  const termDays = wording.termDays ?? (dated ? 365 : null);
  const limits = { earliest: consent.earliest, today, expiringDays };
  const dates = consentDates(faker, consent.status, termDays, limits) ??
    consentDates(faker, 'active', termDays, limits) ?? { signedOn: today, expiresOn: null, revokedOn: null };
  const fields: ConsentFields = {
    participantId: person.id,
    kindId: context.kindIds.get(code) ?? 0,
    disclosingParty: context.programName,
    information: wording.information,
    recipients: wording.recipients,
    purposes: wording.purposes,
    contactChannels: code === 'contact' ? consent.channels : [],
    revocationTerms: REVOCATION_TERMS,
    expiresOn: dates.expiresOn,
    expiryEvent: dates.expiresOn === null ? wording.expiryEvent : null,
    ...consent.signature,
    signedOn: dates.signedOn,
    ...obtained(faker, context.witnesses),
    notes: null,
  };
  if (consent.status === 'incomplete') leaveOut(context, fields, person.lastName);
  const at = (date: string) => recordedOn(date, faker.number.int({ min: 8 * 60, max: 17 * 60 }), now).toISOString();
  const createdAt = at(dates.signedOn);
  const revoked = dates.revokedOn !== null;
  return {
    ...consentColumns(fields, code),
    revoked_on: dates.revokedOn,
    revoked_how: revoked ? faker.helpers.arrayElement(['In writing', 'By phone', 'In person', 'By email']) : null,
    revoked_recorded_by: revoked ? DEMO_LEADER : null,
    created_at: createdAt,
    updated_at: dates.revokedOn === null ? createdAt : at(dates.revokedOn),
  };
}

/** A participant's consents: one of each kind they agreed to, and sometimes the renewal of an expired one. */
function inventRegister(context: ConsentContext, person: Consentee): Row[] {
  const { faker } = context;
  const signature = signatureFor(context, person);
  const channels = channelsFor(context, person);
  const rows: Row[] = [];
  for (const code of kindsFor(context, person, channels)) {
    const wording = wordingFor(code, context, person.referrer, person.lastName);
    const status = planStatus(context);
    const consent = { code, wording, signature, channels, earliest: person.referralDate, status };
    const row = inventConsent(context, person, consent);
    rows.push(row);
    const expiresOn = row.expires_on as string | null;
    const renewed = status === 'expired' && person.status !== 'closed' && faker.datatype.boolean({ probability: 0.5 });
    if (renewed && expiresOn !== null && expiresOn < context.today) {
      // Renewed no earlier than a fortnight before the old one ran out.
      const earliest = addDays(expiresOn, -14) > person.referralDate ? addDays(expiresOn, -14) : person.referralDate;
      rows.push(inventConsent(context, person, { ...consent, earliest, status: 'active' }));
    }
  }
  return rows;
}

/** Writes every participant's consents; returns how many. */
export async function generateConsents(
  manager: EntityManager,
  context: DemoContext,
  programName: string,
): Promise<number> {
  const kinds = await manager.query<Array<{ id: number; code: ConsentKindCode }>>(
    `SELECT id, code FROM consent_kind WHERE code IS NOT NULL`,
  );
  const consentContext: ConsentContext = {
    ...context,
    programName,
    expiringDays: await consentExpiringDays(manager),
    kindIds: new Map(kinds.map((kind) => [kind.code, kind.id])),
    witnesses: [DEMO_LEADER, context.names.fullName(), context.names.fullName()],
  };
  let written = 0;
  let pending: Row[] = [];
  for (const person of await readConsentees(manager, context.today)) {
    pending.push(...inventRegister(consentContext, person));
    if (pending.length >= 5000) {
      await insertRows(manager, 'consent', pending);
      written += pending.length;
      pending = [];
    }
  }
  await insertRows(manager, 'consent', pending);
  return written + pending.length;
}
