// Between a contact and its form: strings for the inputs, the shared schema's shapes on submit.
import type { Contact, ContactFieldsInput } from '../../../shared/api/contacts';
import { todayIso } from '../../../shared/api/fields';
import type { Match } from '../../../shared/api/matching';

/** Now as a datetime-local input holds it: YYYY-MM-DDTHH:MM, local time. */
export function nowLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function emptyContactValues(match: Match, isAttempt: boolean): ContactFieldsInput {
  return {
    matchId: match.id,
    participantId: match.participant.id,
    peerSupporterId: match.peerSupporter.id,
    occurredAt: nowLocal(),
    isAttempt,
    durationMinutes: null,
    modality: 'phone',
    initiatedBy: 'peer-supporter',
    functions: [],
    fidelityItems: [],
    referrals: [],
    concernRaised: false,
    concern: '',
    privateNotes: '',
    nextContactOn: null,
  };
}

export function contactValues(contact: Contact): ContactFieldsInput {
  return {
    matchId: contact.matchId,
    participantId: contact.participantId,
    peerSupporterId: contact.peerSupporterId,
    occurredAt: contact.occurredAt,
    isAttempt: contact.isAttempt,
    durationMinutes: contact.durationMinutes,
    modality: contact.modality,
    initiatedBy: contact.initiatedBy,
    functions: contact.functions,
    fidelityItems: contact.fidelityItems,
    referrals: contact.referrals.map((referral) => ({ resourceId: referral.resourceId, note: referral.note ?? '' })),
    concernRaised: contact.concernRaised,
    concern: contact.concern ?? '',
    privateNotes: contact.privateNotes ?? '',
    nextContactOn: contact.nextContactOn,
  };
}

/** The backend's field paths, mapped onto the form's fields. */
export const contactFieldNames = {
  occurredAt: 'occurredAt',
  isAttempt: 'isAttempt',
  durationMinutes: 'durationMinutes',
  modality: 'modality',
  initiatedBy: 'initiatedBy',
  functions: 'functions',
  fidelityItems: 'fidelityItems',
  referrals: 'referrals',
  concernRaised: 'concernRaised',
  concern: 'concern',
  privateNotes: 'privateNotes',
  nextContactOn: 'nextContactOn',
} as const;
