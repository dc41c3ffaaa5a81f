// The consent rules, as pure functions: which required elements a consent lacks, its status on
// a day, and whether it allows a use on a day. Dates are YYYY-MM-DD strings, compared as text.
import type {
  ConsentElement,
  ConsentFields,
  ConsentKindCode,
  ConsentStatus,
  ContactChannel,
} from '../../../shared/api/consents';
import { addDays } from '../../../shared/api/days';

export interface ConsentFacts {
  /** Null for a kind the program added itself. */
  kindCode: ConsentKindCode | null;
  fields: ConsentFields;
  revokedOn: string | null;
}

/** What the consent lacks of the elements a written consent must hold (42 CFR 2.31). */
export function missingElements(code: ConsentKindCode | null, fields: ConsentFields): ConsentElement[] {
  const missing: ConsentElement[] = [];
  if (fields.disclosingParty === null) missing.push('disclosingParty');
  if (fields.information === null) missing.push('information');
  if (fields.recipients === null) missing.push('recipients');
  if (fields.purposes.length === 0) missing.push('purposes');
  if (code === 'contact' && fields.contactChannels.length === 0) missing.push('contactChannels');
  if (fields.revocationTerms === null) missing.push('revocationTerms');
  if (fields.expiresOn === null && fields.expiryEvent === null) missing.push('expiry');
  if (
    fields.signer === 'representative' &&
    (fields.representativeName === null || fields.representativeRelationship === null)
  ) {
    missing.push('representative');
  }
  if (fields.signedOn === null) missing.push('signedOn');
  if (fields.method === null) missing.push('method');
  if (fields.method === 'verbal-witnessed' && fields.witnessName === null) missing.push('witness');
  return missing;
}

/** Revoked, then incomplete, then expired, then expiring within `expiringDays`, else active. */
export function consentStatus(facts: ConsentFacts, today: string, expiringDays: number): ConsentStatus {
  if (facts.revokedOn !== null && facts.revokedOn <= today) return 'revoked';
  if (missingElements(facts.kindCode, facts.fields).length > 0) return 'incomplete';
  const { expiresOn } = facts.fields;
  if (expiresOn !== null && expiresOn < today) return 'expired';
  if (expiresOn !== null && expiresOn <= addDays(today, expiringDays)) return 'expiring-soon';
  return 'active';
}

/** A use of a participant's information that needs a consent. */
export type ConsentUse =
  | { purpose: 'contact'; channel: ContactChannel }
  /** `for`: the purpose of the disclosure, which one of the release's purposes must cover. */
  | { purpose: 'release'; recipient: string; for?: string }
  | { purpose: 'participation' | 'deidentified-data' | 'research' | 'media' };

const words = (text: string): string[] =>
  text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);

/**
 * Whether one of the entries names what is asked: every word of it is a whole word of one entry.
 * Recipients are free text, one or more entries ("Dr. Ana Ruiz, Eastside Family Clinic; her
 * daughter"): "eastside family clinic" is named, "Ana" is, but "Ban", "Dr" alone or "Eastside
 * Hospital" are not. Purposes are listed one per entry ("Coordinate care with the clinic"):
 * "coordinate care" is covered, "research" is not. When in doubt the answer is no: this decides
 * what may leave the program.
 */
function namedIn(entries: readonly string[], asked: string): boolean {
  const wanted = words(asked);
  // A lone title or initial names nobody.
  if (wanted.length === 0 || wanted.join('').length < 3) return false;
  return entries.some((entry) => {
    const entryWords = new Set(words(entry));
    return wanted.every((word) => entryWords.has(word));
  });
}

const recipientEntries = (recipients: string | null) => (recipients === null ? [] : recipients.split(/[;,\n]+/));

/**
 * Whether this consent allows the use on the day: complete, signed by then, not revoked by then,
 * not expired, of the kind the use needs, and covering the channel or recipient asked about.
 * An expiry event (rather than a date) is taken as not yet happened.
 */
export function consentAllows(facts: ConsentFacts, use: ConsentUse, day: string): boolean {
  const { fields } = facts;
  if (facts.kindCode !== use.purpose) return false;
  if (missingElements(facts.kindCode, fields).length > 0) return false;
  if (fields.signedOn === null || fields.signedOn > day) return false;
  if (facts.revokedOn !== null && facts.revokedOn <= day) return false;
  if (fields.expiresOn !== null && fields.expiresOn < day) return false;
  if (use.purpose === 'contact') return fields.contactChannels.includes(use.channel);
  if (use.purpose === 'release') return whyReleaseRefused(facts, use, day) === null;
  return true;
}

/**
 * Why a release of information does not allow a disclosure on the day, in the words shown to the
 * program leader; null when it does. A release for another recipient or purpose says so first:
 * its dates are not the reason.
 */
export function whyReleaseRefused(
  facts: ConsentFacts,
  use: { recipient: string; for?: string },
  day: string,
): string | null {
  const { fields } = facts;
  if (facts.kindCode !== 'release') return 'This consent is not a release of information';
  if (!namedIn(recipientEntries(fields.recipients), use.recipient)) return `The release does not name ${use.recipient}`;
  if (use.for !== undefined && !namedIn(fields.purposes, use.for)) return 'The release does not cover this purpose';
  if (facts.revokedOn !== null && facts.revokedOn <= day) return `The release was revoked on ${facts.revokedOn}`;
  if (missingElements(facts.kindCode, fields).length > 0) return 'The release is incomplete';
  if (fields.signedOn === null || fields.signedOn > day) return 'The release is not signed yet';
  if (fields.expiresOn !== null && fields.expiresOn < day) return `The release expired on ${fields.expiresOn}`;
  return null;
}
