// Between a consent and its form: strings for the inputs, the shared schema's shapes on submit.
import { DEFAULT_REVOCATION_TERMS, type Consent, type ConsentFieldsInput } from '../../../shared/api/consents';

export function emptyConsentValues(participantId: number, programName: string): ConsentFieldsInput {
  return {
    participantId,
    kindId: 0,
    disclosingParty: programName,
    information: '',
    recipients: '',
    purposes: [],
    contactChannels: [],
    revocationTerms: DEFAULT_REVOCATION_TERMS,
    expiresOn: null,
    expiryEvent: '',
    signer: 'participant',
    representativeName: '',
    representativeRelationship: '',
    signedOn: null,
    method: null,
    witnessName: '',
    notes: '',
  };
}

export function consentValues(consent: Consent): ConsentFieldsInput {
  return {
    participantId: consent.participantId,
    kindId: consent.kind.id,
    disclosingParty: consent.disclosingParty ?? '',
    information: consent.information ?? '',
    recipients: consent.recipients ?? '',
    purposes: consent.purposes,
    contactChannels: consent.contactChannels,
    revocationTerms: consent.revocationTerms ?? '',
    expiresOn: consent.expiresOn,
    expiryEvent: consent.expiryEvent ?? '',
    signer: consent.signer,
    representativeName: consent.representativeName ?? '',
    representativeRelationship: consent.representativeRelationship ?? '',
    signedOn: consent.signedOn,
    method: consent.method,
    witnessName: consent.witnessName ?? '',
    notes: consent.notes ?? '',
  };
}

/** The backend's field paths, mapped onto the form's fields. */
export const consentFieldNames = {
  kindId: 'kindId',
  disclosingParty: 'disclosingParty',
  information: 'information',
  recipients: 'recipients',
  purposes: 'purposes',
  contactChannels: 'contactChannels',
  revocationTerms: 'revocationTerms',
  expiresOn: 'expiresOn',
  expiryEvent: 'expiryEvent',
  representativeName: 'representativeName',
  representativeRelationship: 'representativeRelationship',
  signedOn: 'signedOn',
  method: 'method',
  witnessName: 'witnessName',
  notes: 'notes',
} as const;
