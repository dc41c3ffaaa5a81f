// What the demo's consents say: per kind, the information, recipients, purposes and expiry a
// program would write on the form, and the plausible people a release of information names.
import type { Faker } from '@faker-js/faker';
import { DEFAULT_REVOCATION_TERMS, type ConsentKindCode } from '../../../shared/api/consents';
import type { NameMaker } from './names';

/** The words the consent form offers by default. */
export const REVOCATION_TERMS = DEFAULT_REVOCATION_TERMS;

export interface Wording {
  information: string;
  recipients: string;
  purposes: string[];
  /** Days from signing to the expiry date; null when the consent ends on an event instead. */
  termDays: number | null;
  expiryEvent: string | null;
}

type OwnKind = Exclude<ConsentKindCode, 'release'>;

const wordings: Record<OwnKind, Array<Omit<Wording, 'expiryEvent'> & { expiryEvent?: string }>> = {
  participation: [
    {
      information: 'Intake notes, contact records and supervision notes about the participant.',
      recipients: "Program staff and the participant's matched peer supporter",
      purposes: ['Providing peer support', 'Supervision of peer supporters'],
      termDays: 365,
    },
    {
      information: 'What the participant shares with the program and the records the program keeps.',
      recipients: 'Program staff, peer supporters and their supervisors',
      purposes: ['Providing peer support'],
      termDays: null,
      expiryEvent: 'When the participant leaves the program',
    },
  ],
  contact: [
    {
      information: 'Appointment reminders and messages from the program, without details of support.',
      recipients: "Program staff and the participant's matched peer supporter",
      purposes: ['Arranging meetings', 'Checking in between meetings'],
      termDays: 365,
    },
  ],
  'deidentified-data': [
    {
      information: 'Counts and outcomes with names, contact details and dates of birth removed.',
      recipients: "Funders and the program's board",
      purposes: ['Reporting to funders', 'Improving the program'],
      termDays: null,
      expiryEvent: 'Until revoked',
    },
  ],
  research: [
    {
      information: 'Answers to the program survey and dates of contact with the program.',
      recipients: 'Riverside University peer-support evaluation team',
      purposes: ['Evaluation of peer support outcomes'],
      termDays: 730,
    },
  ],
  media: [
    {
      information: 'Photos taken at program events and a short quote, with first name only.',
      recipients: 'Program newsletter and website',
      purposes: ['Telling the community about the program'],
      termDays: 365,
    },
  ],
};

const clinics = ['Riverside Family Practice', 'Eastgate Community Health Centre', 'Hillcrest Medical Group'];
const hospitals = ['Riverside General Hospital', 'St. Brigid’s Hospital', 'Harbour District Regional Hospital'];
const family = ['sister', 'brother', 'daughter', 'son', 'mother', 'father', 'husband', 'wife', 'partner'];

/** Who referred the participant, as the participant record has it. */
export interface Referrer {
  name: string | null;
  organisation: string | null;
}

function firstName(names: NameMaker): string {
  return names.fullName().split(' ')[0];
}

/** A release names one recipient: the referring clinician, a hospital social worker, or family. */
function release(faker: Faker, names: NameMaker, referrer: Referrer, lastName: string): Wording {
  const kind = faker.helpers.weightedArrayElement([
    { weight: 45, value: 'clinician' as const },
    { weight: 25, value: 'hospital' as const },
    { weight: 30, value: 'family' as const },
  ]);
  if (kind === 'family') {
    const relationship = faker.helpers.arrayElement(family);
    return {
      information: 'Whether the participant is attending, and how to reach the program in an emergency.',
      recipients: `${firstName(names)} ${lastName} (${relationship})`,
      purposes: ['Emergency contact', 'Supporting the participant at home'],
      termDays: 365,
      expiryEvent: null,
    };
  }
  // The referrer's own organisation when the participant came from a hospital or clinic.
  const organisation = referrer.name === null ? '' : (referrer.organisation ?? '');
  if (kind === 'hospital') {
    const hospital = hospitals.includes(organisation) ? organisation : faker.helpers.arrayElement(hospitals);
    return {
      information: 'Dates of contact with the program and a summary of the support offered.',
      recipients: `${names.fullName()}, social worker, ${hospital}`,
      purposes: ['Discharge planning', 'Coordinating follow-up support'],
      termDays: 180,
      expiryEvent: null,
    };
  }
  return {
    information: 'Attendance and a summary of progress toward the participant’s goals.',
    recipients: clinics.includes(organisation)
      ? `${referrer.name}, ${organisation}`
      : `Dr. ${names.fullName()}, ${faker.helpers.arrayElement(clinics)}`,
    purposes: ['Coordinating care with the participant’s clinician'],
    termDays: faker.helpers.arrayElement([180, 365]),
    expiryEvent: null,
  };
}

export function wordingFor(
  code: ConsentKindCode,
  context: { faker: Faker; names: NameMaker },
  referrer: Referrer,
  lastName: string,
): Wording {
  if (code === 'release') return release(context.faker, context.names, referrer, lastName);
  const { expiryEvent, ...wording } = context.faker.helpers.arrayElement(wordings[code]);
  return { ...wording, purposes: [...wording.purposes], expiryEvent: expiryEvent ?? null };
}
