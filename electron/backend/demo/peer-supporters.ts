// Demo peer supporters: applicants, peers in training, active peers (some on leave, some gone
// inactive), each with a dated history, readiness dates, training records and certifications,
// a few of which expire within the warning window.
import type { EntityManager } from 'typeorm';
import { modalities, type Modality } from '../../../shared/api/fields';
import {
  CERTIFICATION_WARNING_DAYS,
  certificationInput,
  peerStatusChangeInput,
  peerSupporterFieldsSchema,
  trainingRecordInput,
  type PeerStatus,
} from '../../../shared/api/peer-supporters';
import {
  addCertification,
  addTrainingRecord,
  changePeerStatus,
  createPeerSupporter,
  setPeerArchived,
} from '../people/peer-supporters';
import { inventContact, pickRegion } from './contact';
import { addDays, daysBetween, recordedOn } from './dates';
import { experienceTags, type DemoContext } from './participants';

interface PeerStep {
  status: PeerStatus;
  on: string;
  leaveUntil?: string;
  leaveReason?: string;
  note?: string;
}

const leaveReasons = ['Surgery and recovery', 'Family bereavement', 'Taking time for own well-being', 'New baby'];
const inactiveNotes = ['Moved on to paid work.', 'Stepped back to care for a parent.', 'Moved out of the area.'];
const availability = [
  'Weekday evenings',
  'Tuesday and Thursday mornings',
  'Weekends, not Sunday mornings',
  'School hours only',
  'Flexible, prefers phone first',
];
const certifications: Array<[string, number | null]> = [
  ['Certified Peer Specialist', 2],
  ['Mental Health First Aid', 3],
  ['Recovery Coach', 2],
  ['Older Adult Peer Specialisation', null],
  ['Forensic Peer Specialisation', 3],
  ['Digital Peer Support', null],
];
const trainers = ['Program coordinator', 'Regional Peer Network', 'Community Crisis Line trainers'];

type Plan = 'applicant' | 'in-training' | 'active' | 'on-leave' | 'inactive';

/** Where a peer is today; the first two are fixed so even the small demo shows both. */
function pickPlan(context: DemoContext, index: number): Plan {
  if (index === 0) return 'active';
  if (index === 1) return 'on-leave';
  return context.faker.helpers.weightedArrayElement<Plan>([
    { weight: 5, value: 'applicant' },
    { weight: 8, value: 'in-training' },
    { weight: 66, value: 'active' },
    { weight: 6, value: 'on-leave' },
    { weight: 15, value: 'inactive' },
  ]);
}

/** The day a peer applied: recently for applicants and trainees, up to six years ago (or the whole history) for others. */
function appliedOn(context: DemoContext, plan: Plan): string {
  const { faker, today } = context;
  const daysAgo =
    plan === 'applicant'
      ? faker.number.int({ min: 0, max: 30 })
      : plan === 'in-training'
        ? faker.number.int({ min: 8, max: 50 })
        : faker.number.int({ min: 120, max: Math.max(2200, context.historyDays) });
  return addDays(today, -daysAgo);
}

/** The dated steps of a peer's lifecycle after applying, none after today. */
function inventSteps(context: DemoContext, applied: string, plan: Plan): PeerStep[] {
  const { faker, today } = context;
  if (plan === 'applicant') return [];
  const training = addDays(applied, faker.number.int({ min: 5, max: 30 }));
  const steps: PeerStep[] = [{ status: 'in-training', on: training > today ? today : training }];
  if (plan === 'in-training') return steps;
  const active = addDays(steps[0].on, faker.number.int({ min: 20, max: 70 }));
  steps.push({ status: 'active', on: active });
  let last = active;
  // A leave in the past, back at work since.
  const leaveFrom = addDays(active, faker.number.int({ min: 60, max: 700 }));
  if (faker.datatype.boolean({ probability: 0.2 }) && addDays(leaveFrom, 160) < today) {
    const until = addDays(leaveFrom, faker.number.int({ min: 30, max: 150 }));
    const leaveReason = faker.helpers.arrayElement(leaveReasons);
    steps.push({ status: 'on-leave', on: leaveFrom, leaveUntil: until, leaveReason });
    steps.push({ status: 'active', on: until, note: 'Back from leave.' });
    last = until;
  }
  if (plan === 'on-leave') {
    const from = addDays(
      today,
      -faker.number.int({ min: 0, max: Math.min(40, Math.max(0, daysBetween(last, today) - 1)) }),
    );
    const leaveUntil = addDays(from, faker.number.int({ min: 30, max: 150 }));
    steps.push({ status: 'on-leave', on: from, leaveUntil, leaveReason: faker.helpers.arrayElement(leaveReasons) });
  }
  if (plan === 'inactive') {
    const gap = Math.max(1, daysBetween(last, today));
    const on = addDays(last, faker.number.int({ min: Math.min(30, gap), max: gap }));
    steps.push({ status: 'inactive', on, note: faker.helpers.arrayElement(inactiveNotes) });
  }
  return steps;
}

export async function generatePeerSupporters(
  manager: EntityManager,
  context: DemoContext,
  count: number,
): Promise<void> {
  const { faker, vocabulary, today, now } = context;
  const topics = vocabulary.terms('training-topic');
  const at = (date: string) => recordedOn(date, faker.number.int({ min: 8 * 60, max: 17 * 60 }), now);
  for (let index = 0; index < count; index += 1) {
    const plan = pickPlan(context, index);
    const applied = appliedOn(context, plan);
    const steps = inventSteps(context, applied, plan);
    const trainingStart = steps.find((step) => step.status === 'in-training')?.on ?? null;
    const activeOn = steps.find((step) => step.status === 'active')?.on ?? null;
    const { languages, ...person } = context.names.person();
    const region = pickRegion(faker);
    const languageIds = languages.map((label) => vocabulary.id('language', label)).filter((id) => id !== null);
    const readiness = (probability: number, date: string | null) =>
      date !== null && faker.datatype.boolean({ probability }) ? date : null;
    const fields = peerSupporterFieldsSchema.parse({
      ...person,
      birthYear: Number(today.slice(0, 4)) - faker.number.int({ min: 22, max: 72 }),
      ...inventContact(faker, person, region, { phone: 0.97, email: 0.9, address: 0.7 }),
      region: region.name,
      languageIds,
      experienceTagIds: experienceTags(context, faker.datatype.boolean({ probability: 0.15 })),
      modalities: faker.helpers.arrayElements<Modality>([...modalities], { min: 1, max: 4 }),
      capacity: faker.helpers.weightedArrayElement([1, 2, 2, 3, 3, 3, 4, 5, 6].map((value) => ({ weight: 1, value }))),
      availability: faker.datatype.boolean({ probability: 0.7 }) ? faker.helpers.arrayElement(availability) : '',
      engagement: faker.datatype.boolean({ probability: 0.85 }) ? 'volunteer' : 'paid',
      startDate: activeOn,
      codeOfConductSignedOn: readiness(0.95, trainingStart),
      wellnessAgreementOn: readiness(0.8, activeOn),
      referenceCheckOn: readiness(0.7, trainingStart),
      backgroundCheckOn: readiness(0.5, trainingStart),
    });
    // Created at noon: the app dates the applicant status by the day of creation.
    const id = await createPeerSupporter(manager, fields, new Date(`${applied}T12:00:00Z`));
    for (const step of steps) {
      const change = peerStatusChangeInput.parse({
        id,
        status: step.status,
        on: step.on,
        leaveUntil: step.leaveUntil ?? null,
        leaveReason: step.leaveReason ?? '',
        note: step.note ?? '',
      });
      await changePeerStatus(manager, change, at(step.on));
    }
    if (trainingStart !== null) {
      for (const topic of topics) {
        if (!faker.datatype.boolean({ probability: 0.85 })) continue;
        const on = addDays(trainingStart, faker.number.int({ min: 0, max: 30 }));
        if (on > today) continue;
        const record = trainingRecordInput.parse({
          peerSupporterId: id,
          topicId: topic.id,
          on,
          hours: faker.number.int({ min: 2, max: 16 }) / 2,
          trainer: faker.datatype.boolean({ probability: 0.5 }) ? faker.helpers.arrayElement(trainers) : '',
        });
        await addTrainingRecord(manager, record);
      }
    }
    // The first peer always has a certification about to expire.
    if (activeOn !== null) await certify(manager, context, id, activeOn, index === 0);
    const last = steps[steps.length - 1];
    if (last?.status === 'inactive' && faker.datatype.boolean({ probability: 0.3 })) {
      await setPeerArchived(manager, id, true, at(addDays(last.on, 14) > today ? today : addDays(last.on, 14)));
    }
  }
}

async function certify(
  manager: EntityManager,
  context: DemoContext,
  peerSupporterId: number,
  activeOn: string,
  expiringSoon: boolean,
): Promise<void> {
  const { faker, today } = context;
  if (!expiringSoon && !faker.datatype.boolean({ probability: 0.6 })) return;
  const chosen = faker.helpers.arrayElements(certifications, { min: 1, max: 2 });
  for (const [index, [name, years]] of chosen.entries()) {
    let issuedOn = addDays(activeOn, faker.number.int({ min: 0, max: 400 }));
    let expiresOn = years === null ? null : addDays(issuedOn, years * 365);
    if ((expiringSoon && index === 0) || faker.datatype.boolean({ probability: 0.12 })) {
      // About to expire: issued so that it runs out within the warning window.
      expiresOn = addDays(today, faker.number.int({ min: 1, max: CERTIFICATION_WARNING_DAYS }));
      issuedOn = addDays(expiresOn, -(years ?? 2) * 365);
    }
    if (issuedOn > today) continue;
    await addCertification(manager, certificationInput.parse({ peerSupporterId, name, issuedOn, expiresOn }));
  }
}
