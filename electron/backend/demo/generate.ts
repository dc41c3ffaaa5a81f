// The demo program: invented peer supporters, participants, their consents, the peers'
// supervision, the resource directory, matches with their follow-ups, contacts and group
// sessions, written into a freshly set-up program, deterministic for a seed.
import { base, en, Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import { todayIso } from '../../../shared/api/fields';
import { generateConsents } from './consents';
import { generateContacts } from './contacts';
import { generateGroups } from './groups';
import { generateMatches } from './matches';
import { NameMaker } from './names';
import { generateParticipants, type DemoContext } from './participants';
import { generatePeerSupporters } from './peer-supporters';
import { generateResources } from './resources';
import { generateSupervision } from './supervision';
import { loadVocabulary } from './vocabulary-ids';

export type DemoSize = 'small' | 'large';

export const demoSizes: Record<DemoSize, { peerSupporters: number; participants: number; years: number }> = {
  small: { peerSupporters: 30, participants: 150, years: 2 },
  large: { peerSupporters: 2000, participants: 20_000, years: 10 },
};

export const DEMO_PROGRAM_NAME = 'Demo program (DEMO)';

/** Raised whenever the generator writes different records (the benchmark's cache follows it). */
export const DEMO_GENERATOR_VERSION = 6;

export interface DemoOptions {
  size: DemoSize;
  seed: number;
  /** Nothing is dated after this day; the same seed and day give the same program. */
  now: Date;
}

export interface DemoSummary {
  peerSupporters: number;
  participants: number;
  archivedParticipants: number;
  consents: number;
  supervisionNotes: number;
  resources: number;
  matches: number;
  doNotMatch: number;
  contacts: number;
  attempts: number;
  referrals: number;
  followUps: number;
  groupSessions: number;
}

/** Writes the demo records; call inside one transaction on an open, empty program. */
export async function generateDemoProgram(manager: EntityManager, options: DemoOptions): Promise<DemoSummary> {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(options.seed);
  const context: DemoContext = {
    faker,
    names: new NameMaker(faker, options.seed),
    vocabulary: await loadVocabulary(manager),
    today: todayIso(options.now),
    now: options.now,
    historyDays: demoSizes[options.size].years * 365,
  };
  const { years: _years, ...counts } = demoSizes[options.size];
  await generatePeerSupporters(manager, context, counts.peerSupporters);
  const archivedParticipants = await generateParticipants(manager, context, counts.participants);
  // After everyone else, so that the people a seed gives are the same as before consents existed.
  const consents = await generateConsents(manager, context, DEMO_PROGRAM_NAME);
  const supervisionNotes = await generateSupervision(manager, context);
  const resourceIds = await generateResources(manager, context);
  const { matches, doNotMatch } = await generateMatches(manager, context);
  const contacts = await generateContacts(manager, context, matches, resourceIds);
  const groupSessions = await generateGroups(manager, context);
  return {
    ...counts,
    archivedParticipants,
    consents,
    supervisionNotes,
    resources: resourceIds.length,
    matches: matches.length,
    doNotMatch,
    ...contacts,
    groupSessions,
  };
}
