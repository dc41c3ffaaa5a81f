// The dates of a demo consent, chosen so that on the demo's today it has the status planned for
// it: signed between the participant's referral and today, expiring, expired or revoked.
import type { Faker } from '@faker-js/faker';
import type { ConsentStatus } from '../../../shared/api/consents';
import { addDays, daysBetween } from './dates';

export interface ConsentDates {
  signedOn: string;
  expiresOn: string | null;
  revokedOn: string | null;
}

export interface DateLimits {
  /** Not signed before this day (the referral, or a consent it renews). */
  earliest: string;
  today: string;
  /** The program's "expiring soon" window. */
  expiringDays: number;
}

/** A day from `from` to `to`, both included. */
function dayBetween(faker: Faker, from: string, to: string): string {
  return addDays(from, faker.number.int({ min: 0, max: daysBetween(from, to) }));
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Dates giving the planned status (incomplete consents get an active one's dates), or null when
 * the participant's referral is too recent for it, such as a one-year consent already expired.
 */
export function consentDates(
  faker: Faker,
  status: ConsentStatus,
  termDays: number | null,
  limits: DateLimits,
): ConsentDates | null {
  const { earliest, today, expiringDays } = limits;
  const expiry = (signedOn: string) => (termDays === null ? null : addDays(signedOn, termDays));
  switch (status) {
    case 'active':
    case 'incomplete': {
      // Signed recently enough that its expiry is past the expiring-soon window.
      const from = termDays === null ? earliest : later(earliest, addDays(today, expiringDays + 1 - termDays));
      if (from > today) return null;
      const signedOn = dayBetween(faker, from, today);
      return { signedOn, expiresOn: expiry(signedOn), revokedOn: null };
    }
    case 'expiring-soon': {
      if (termDays === null) return null;
      const expiresOn = addDays(today, faker.number.int({ min: 0, max: expiringDays }));
      const signedOn = addDays(expiresOn, -termDays);
      return signedOn < earliest || signedOn > today ? null : { signedOn, expiresOn, revokedOn: null };
    }
    case 'expired': {
      if (termDays === null) return null;
      const last = addDays(today, -1 - termDays);
      if (last < earliest) return null;
      const signedOn = dayBetween(faker, earliest, last);
      return { signedOn, expiresOn: expiry(signedOn), revokedOn: null };
    }
    case 'revoked': {
      if (earliest >= today) return null;
      const signedOn = dayBetween(faker, earliest, addDays(today, -1));
      const expiresOn = expiry(signedOn);
      // Revoked while it was still in force.
      const revokedOn = dayBetween(faker, addDays(signedOn, 1), expiresOn === null ? today : earlier(expiresOn, today));
      return { signedOn, expiresOn, revokedOn };
    }
  }
}
