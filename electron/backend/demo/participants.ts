// Demo participants: invented people referred over the last two years, each taken through
// the lifecycle with the same functions the app uses (referred, waiting, matched, closed with a
// reason, sometimes re-opened), a few archived.
import type { Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import { modalities, type Modality } from '../../../shared/api/fields';
import {
  participantFieldsSchema,
  participantStatusChangeInput,
  type ParticipantFields,
  type ParticipantStatus,
} from '../../../shared/api/participants';
import { changeParticipantStatus, createParticipant, setParticipantArchived } from '../people/participants';
import { inventContact, pickRegion } from './contact';
import { addDays, daysBetween, recordedOn } from './dates';
import type { NameMaker } from './names';
import type { DemoVocabulary } from './vocabulary-ids';

export interface DemoContext {
  faker: Faker;
  names: NameMaker;
  vocabulary: DemoVocabulary;
  /** Today for the demo program (YYYY-MM-DD); nothing is dated after it. */
  today: string;
  now: Date;
  /** How many days back the program's history goes (referrals, matches, contacts, groups). */
  historyDays: number;
}

const organisations: Record<string, string[]> = {
  Clinician: ['Riverside Family Practice', 'Eastgate Community Health Centre', 'Hillcrest Medical Group'],
  Hospital: ['Riverside General Hospital', 'St. Brigid’s Hospital', 'Harbour District Regional Hospital'],
  'Community organisation': ['Eastgate Neighbourhood House', 'North Valley Food Bank', 'Newcomer Welcome Centre'],
};

const goals = [
  'I want to talk to someone who has been through it.',
  'Get back to work part-time by the summer.',
  'Feel less alone after the diagnosis.',
  'Learn how to talk to my kids about what is happening.',
  'Sleep better and get out of the house more.',
  'Understand what to expect after the transplant.',
  'Stay sober through the holidays.',
  'Find a support group in my language.',
  'Be able to go to appointments without panicking.',
  'Take care of myself while I take care of my mother.',
];

const relationships: Array<[string, string[]]> = [
  ['Parent', ['My son, 9', 'My daughter, 15', 'Twin boys, 6']],
  ['Spouse or partner', ['My husband', 'My wife', 'My partner']],
  ['Adult child', ['My mother', 'My father', 'Both parents']],
  ['Sibling', ['My younger brother', 'My sister']],
  ['Grandparent', ['My granddaughter, 4', 'My grandson, 11']],
];

const notes: Record<ParticipantStatus, Array<string | null>> = {
  referred: [null],
  waiting: ['Intake done by phone.', 'Intake completed in the office.', null],
  matched: ['First meeting arranged.', 'Matched on language and experience.', null],
  closed: [null],
};
const reopenedNotes = ['Re-opened: asked for support again.', 'Re-opened after a hospital stay.'];

const pad = (n: number) => String(n).padStart(2, '0');

function inventFields(context: DemoContext, referralDate: string): ParticipantFields {
  const { faker, vocabulary } = context;
  const { languages, ...person } = context.names.person();
  const region = faker.datatype.boolean({ probability: 0.95 }) ? pickRegion(faker) : null;
  const contact = inventContact(faker, person, region, { phone: 0.88, email: 0.6, address: 0.5 });
  const age = faker.number.int({ min: 16, max: 84 });
  const year = Number(context.today.slice(0, 4)) - age;
  const birthDate = faker.helpers.weightedArrayElement([
    {
      weight: 78,
      value: `${year}-${pad(faker.number.int({ min: 1, max: 12 }))}-${pad(faker.number.int({ min: 1, max: 28 }))}`,
    },
    { weight: 15, value: String(year) },
    { weight: 7, value: '' },
  ]);
  const source = faker.helpers.weightedArrayElement(
    vocabulary.terms('referral-source').map((term) => ({
      weight: { Self: 30, Clinician: 25, Hospital: 20, 'Community organisation': 12, Family: 9 }[term.label] ?? 4,
      value: term,
    })),
  );
  const orgs = organisations[source.label];
  const isCaregiver = faker.datatype.boolean({ probability: 0.15 });
  const [relationship, caredFor] = faker.helpers.arrayElement(relationships);
  const languageIds = languages.map((label) => vocabulary.id('language', label)).filter((id) => id !== null);
  const preferredLanguage = languageIds[0] !== vocabulary.id('language', 'English') ? (languageIds[0] ?? null) : null;
  const wantsLanguage = preferredLanguage !== null && faker.datatype.boolean({ probability: 0.6 });
  const minAge = faker.helpers.arrayElement([25, 30, 40, 50]);
  const preferredModalities = region?.rural
    ? faker.helpers.arrayElements<Modality>(['phone', 'phone', 'video', 'text'], { min: 1, max: 2 })
    : faker.helpers.arrayElements<Modality>([...modalities], { min: 1, max: 3 });
  return participantFieldsSchema.parse({
    ...person,
    birthDate,
    ...contact,
    languageIds,
    referralDate,
    referralSourceId: source.id,
    referrerName: orgs ? `${source.label === 'Community organisation' ? '' : 'Dr. '}${context.names.fullName()}` : '',
    referrerOrganisation: orgs ? faker.helpers.arrayElement(orgs) : '',
    experienceTagIds: experienceTags(context, isCaregiver),
    goals: faker.datatype.boolean({ probability: 0.6 }) ? faker.helpers.arrayElement(goals) : '',
    preferences: {
      gender: faker.datatype.boolean({ probability: 0.3 }) ? (person.gender === 'man' ? 'man' : 'woman') : null,
      ageMin: faker.datatype.boolean({ probability: 0.2 }) ? minAge : null,
      ageMax: faker.datatype.boolean({ probability: 0.2 }) ? minAge + 30 : null,
      languageId: wantsLanguage ? preferredLanguage : null,
      languageRequired: wantsLanguage && faker.datatype.boolean({ probability: 0.4 }),
      culturalBackground:
        person.culturalBackground && faker.datatype.boolean({ probability: 0.2 }) ? person.culturalBackground : '',
      modalities: [...new Set(preferredModalities)],
    },
    isCaregiver,
    caregiverRelationship: isCaregiver ? relationship : '',
    caredFor: isCaregiver ? faker.helpers.arrayElement(caredFor) : '',
  });
}

/** One to three lived-experience tags, often the sub-type rather than the broad tag. */
export function experienceTags(context: DemoContext, isCaregiver: boolean): number[] {
  const { faker, vocabulary } = context;
  const terms = vocabulary.terms('experience');
  const chosen = faker.helpers.arrayElements(terms, { min: 1, max: 3 }).map((term) => {
    const children = terms.filter((child) => child.parentId === term.id);
    return children.length > 0 && faker.datatype.boolean({ probability: 0.6 })
      ? faker.helpers.arrayElement(children).id
      : term.id;
  });
  const caregiving = vocabulary.id('experience', 'Caregiving');
  if (isCaregiver && caregiving !== null) chosen.push(caregiving);
  return [...new Set(chosen)];
}

interface Step {
  status: ParticipantStatus;
  after: number;
  reason?: string;
  note?: string | null;
}

/** The steps after referral, each some days after the one before. */
function inventHistory(faker: Faker): Step[] {
  const steps: Step[] = [{ status: 'waiting', after: faker.number.int({ min: 1, max: 21 }) }];
  if (faker.datatype.boolean({ probability: 0.06 })) {
    return [{ status: 'closed', after: faker.number.int({ min: 7, max: 40 }), reason: 'Could not be reached' }];
  }
  if (faker.datatype.boolean({ probability: 0.1 })) {
    const reason = faker.helpers.arrayElement(['No longer wants support', 'Referred elsewhere', 'Moved away']);
    return [...steps, { status: 'closed', after: faker.number.int({ min: 10, max: 120 }), reason }];
  }
  steps.push({ status: 'matched', after: faker.number.int({ min: 5, max: 75 }) });
  const reason = faker.helpers.weightedArrayElement([
    { weight: 55, value: 'Goals met' },
    { weight: 15, value: 'No longer wants support' },
    { weight: 10, value: 'Could not be reached' },
    { weight: 10, value: 'Moved away' },
    { weight: 8, value: 'Other' },
    { weight: 2, value: 'Died' },
  ]);
  steps.push({ status: 'closed', after: faker.number.int({ min: 45, max: 365 }), reason });
  // People come back, some more than once over the years (the caller stops at today).
  let reopen = reason !== 'Died' ? 0.55 : 0;
  while (faker.datatype.boolean({ probability: reopen })) {
    const note = faker.helpers.arrayElement(reopenedNotes);
    steps.push({ status: 'waiting', after: faker.number.int({ min: 20, max: 300 }), note });
    steps.push({ status: 'matched', after: faker.number.int({ min: 5, max: 45 }) });
    steps.push({ status: 'closed', after: faker.number.int({ min: 45, max: 300 }), reason: 'Goals met' });
    reopen = 0.7;
  }
  return steps;
}

export async function generateParticipants(
  manager: EntityManager,
  context: DemoContext,
  count: number,
): Promise<number> {
  const { faker, vocabulary, today, now } = context;
  let archived = 0;
  for (let index = 0; index < count; index += 1) {
    // Recent referrals are more common than old ones: a program that grows.
    const daysAgo = Math.floor(context.historyDays * faker.number.float({ min: 0, max: 1 }) ** 1.5);
    const referralDate = addDays(today, -daysAgo);
    const fields = inventFields(context, referralDate);
    const at = (date: string) => recordedOn(date, faker.number.int({ min: 8 * 60, max: 17 * 60 }), now);
    const id = await createParticipant(manager, fields, at(referralDate));
    let date = referralDate;
    let status: ParticipantStatus = 'referred';
    for (const step of inventHistory(faker)) {
      const on = addDays(date, step.after);
      if (on > today) break;
      const note = step.note !== undefined ? step.note : faker.helpers.arrayElement(notes[step.status]);
      const reasons = vocabulary.terms('closure-reason');
      const closureReasonId = step.reason ? (vocabulary.id('closure-reason', step.reason) ?? reasons[0].id) : null;
      const change = participantStatusChangeInput.parse({ id, status: step.status, on, closureReasonId, note });
      await changeParticipantStatus(manager, change, at(on));
      date = on;
      status = step.status;
    }
    // Long-closed records are sometimes archived, as a tidy program leader would.
    if (status === 'closed' && daysBetween(date, today) > 120 && faker.datatype.boolean({ probability: 0.3 })) {
      await setParticipantArchived(manager, id, true, at(addDays(date, faker.number.int({ min: 30, max: 110 }))));
      archived += 1;
    }
  }
  return archived;
}
