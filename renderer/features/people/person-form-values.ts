// The fields every person's form has (identity and contact), whichever kind of person it is:
// the shared sections read and write only these.
import type { Gender } from '../../../shared/api/fields';

export interface IdentityFormValues {
  firstName: string;
  lastName: string;
  preferredName?: string | null | undefined;
  pronouns?: string | null | undefined;
  gender?: Gender | null | undefined;
  culturalBackground?: string | null | undefined;
  region?: string | null | undefined;
  languageIds?: number[] | undefined;
}

export interface ContactFormValues {
  phone?: string | null | undefined;
  email?: string | null | undefined;
  address?: string | null | undefined;
  voicemailOk?: boolean | null | undefined;
  textsOk?: boolean | null | undefined;
  bestTimes?: string | null | undefined;
}

export type PersonFormValues = IdentityFormValues & ContactFormValues;

/** A saved person's identity and contact as the form holds them: empty text is ''. */
export function personValues(person: {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  gender: Gender | null;
  culturalBackground: string | null;
  region: string | null;
  languageIds: number[];
  phone: string | null;
  email: string | null;
  address: string | null;
  voicemailOk: boolean | null;
  textsOk: boolean | null;
  bestTimes: string | null;
}) {
  const text = (value: string | null) => value ?? '';
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    preferredName: text(person.preferredName),
    pronouns: text(person.pronouns),
    gender: person.gender,
    culturalBackground: text(person.culturalBackground),
    region: text(person.region),
    languageIds: person.languageIds,
    phone: text(person.phone),
    email: text(person.email),
    address: text(person.address),
    voicemailOk: person.voicemailOk,
    textsOk: person.textsOk,
    bestTimes: text(person.bestTimes),
  };
}

export function emptyPersonValues() {
  return {
    firstName: '',
    lastName: '',
    preferredName: '',
    pronouns: '',
    gender: null,
    culturalBackground: '',
    region: '',
    languageIds: [],
    phone: '',
    email: '',
    address: '',
    voicemailOk: null,
    textsOk: null,
    bestTimes: '',
  };
}

/** The name a person's record is headed with: the name they go by, then their last name. */
export function personName(person: { preferredName: string | null; firstName: string; lastName: string }): string {
  return `${person.preferredName ?? person.firstName} ${person.lastName}`;
}
