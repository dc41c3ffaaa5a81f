// Invented contact details: the program's regions, fictional phone numbers (555-01xx), email
// addresses on the reserved example domains, street addresses, and safe-contact preferences.
import type { Faker } from '@faker-js/faker';
import { foldForSearch } from '../people/search-key';

export interface Region {
  name: string;
  /** Rural participants are mostly served by phone. */
  rural: boolean;
  weight: number;
}

export const demoRegions: Region[] = [
  { name: 'Riverside', rural: false, weight: 30 },
  { name: 'Eastgate', rural: false, weight: 22 },
  { name: 'Harbour District', rural: false, weight: 16 },
  { name: 'Hillcrest', rural: false, weight: 12 },
  { name: 'North Valley', rural: true, weight: 12 },
  { name: 'Pine Ridge', rural: true, weight: 8 },
];

export interface ContactDetails {
  region: string | null;
  phone: string;
  email: string;
  address: string;
  voicemailOk: boolean | null;
  textsOk: boolean | null;
  bestTimes: string;
}

const bestTimes = [
  'Weekday mornings',
  'After 5 pm',
  'Weekends only',
  'Lunchtime',
  'Tuesday and Thursday afternoons',
  'Not before 10 am',
  'Evenings, after the children are in bed',
];

export function pickRegion(faker: Faker): Region {
  return faker.helpers.weightedArrayElement(demoRegions.map((value) => ({ weight: value.weight, value })));
}

/** Contact details as a form would send them: empty strings where nothing was given. */
export function inventContact(
  faker: Faker,
  person: { firstName: string; lastName: string },
  region: Region | null,
  rates: { phone: number; email: number; address: number },
): ContactDetails {
  const maybe = (probability: number, make: () => string) => (faker.datatype.boolean({ probability }) ? make() : '');
  const safe = () =>
    faker.datatype.boolean({ probability: 0.75 }) ? faker.datatype.boolean({ probability: 0.7 }) : null;
  return {
    region: region?.name ?? null,
    phone: maybe(rates.phone, () => `(${faker.number.int({ min: 201, max: 989 })}) 555-01${faker.string.numeric(2)}`),
    email: maybe(rates.email, () => {
      const local = foldForSearch(`${person.firstName} ${person.lastName}`).replace(/ /g, '.');
      const domain = faker.helpers.arrayElement(['example.org', 'example.net', 'example.com']);
      return `${local}${faker.datatype.boolean({ probability: 0.3 }) ? faker.number.int(99) : ''}@${domain}`;
    }),
    address: maybe(rates.address, () =>
      [faker.location.streetAddress(), region?.name].filter((part) => part !== undefined).join(', '),
    ),
    voicemailOk: safe(),
    textsOk: safe(),
    bestTimes: maybe(0.4, () => faker.helpers.arrayElement(bestTimes)),
  };
}
