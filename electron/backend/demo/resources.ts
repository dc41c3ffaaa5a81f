// The demo's resource directory: invented clinics, services and organisations of every type, with
// fictional phone numbers (555-01xx) and addresses on the reserved example domains. Peers refer
// participants to them from their contacts.
import type { EntityManager } from 'typeorm';
import type { ResourceType } from '../../../shared/api/resources';
import { addDays, recordedOn } from './dates';
import { insertRows } from './insert-rows';
import type { DemoContext } from './participants';

type Entry = [name: string, type: ResourceType, notes: string | null];

const directory: Entry[] = [
  ['Riverside General Hospital – Oncology Clinic', 'clinical-care', 'Ask for the nurse navigator.'],
  ['Eastgate Community Health Centre', 'clinical-care', 'Walk-in mornings, sliding-scale fees.'],
  ['Hillcrest Transplant Support Office', 'clinical-care', null],
  ['North Valley Mobile Health Clinic', 'clinical-care', 'Visits Pine Ridge on the first Tuesday of the month.'],
  ['Harbour District Palliative Care Team', 'clinical-care', 'Referral from the family doctor helps.'],
  ['Riverside Counselling Collective', 'mental-health', 'Short waiting list for evening slots.'],
  ['Community Crisis Line', 'mental-health', 'Answers around the clock.'],
  ['Eastgate Grief and Loss Circle', 'mental-health', null],
  ['Newcomer Wellbeing Service', 'mental-health', 'Sessions in Spanish, Arabic and Tagalog.'],
  ['Harbour Housing Help Desk', 'housing', 'Drop-in on Wednesdays.'],
  ['Riverside Tenant Advice Centre', 'housing', null],
  ['Pine Ridge Emergency Shelter', 'housing', 'Call ahead after 6 pm.'],
  ['North Valley Food Bank', 'food', 'Home delivery for people in treatment.'],
  ['Eastgate Community Kitchen', 'food', 'Free lunch on weekdays.'],
  ['Hillcrest Meals on Wheels', 'food', null],
  ['Volunteer Drivers for Appointments', 'transport', 'Book two days ahead.'],
  ['Riverside Accessible Transit', 'transport', 'Needs a signed form from a clinician.'],
  ['Rural Ride Share (North Valley and Pine Ridge)', 'transport', null],
  ['Harbour Benefits Advice Line', 'financial', 'Helps with disability and sickness benefits.'],
  ['Eastgate Credit Counselling', 'financial', null],
  ['Patient Travel Grant Fund', 'financial', 'Covers fuel and parking for treatment.'],
  ['Community Legal Clinic', 'legal', 'Employment and housing law, free.'],
  ['Family Law Information Centre', 'legal', null],
  ['Caregivers Network', 'other', 'Monthly respite afternoons.'],
  ['Riverside Public Library – Health Information Desk', 'other', null],
  ['Wig and Prosthesis Bank', 'other', 'Closed: its stock went to the hospital boutique.'],
];

/** Writes the directory (one entry retired); returns the ids of the entries still in use. */
export async function generateResources(manager: EntityManager, context: DemoContext): Promise<number[]> {
  const { faker, today, now, historyDays } = context;
  const rows = directory.map(([name, type, notes], index) => {
    const created = recordedOn(addDays(today, -faker.number.int({ min: 30, max: historyDays })), 600, now);
    const domain = faker.helpers.arrayElement(['example.org', 'example.net', 'example.com']);
    const slug = name
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/^-|-$/g, '');
    return {
      id: index + 1,
      name,
      type,
      contact_name: faker.datatype.boolean({ probability: 0.5 }) ? context.names.fullName() : null,
      phone: `(${faker.number.int({ min: 201, max: 989 })}) 555-01${faker.string.numeric(2)}`,
      email: faker.datatype.boolean({ probability: 0.6 }) ? `info@${slug.slice(0, 24)}.${domain}` : null,
      website: faker.datatype.boolean({ probability: 0.7 }) ? `https://${slug.slice(0, 24)}.${domain}` : null,
      address: faker.datatype.boolean({ probability: 0.7 }) ? faker.location.streetAddress() : null,
      notes,
      // The wig bank closed: retired, no longer offered to new referrals.
      retired_at: name === 'Wig and Prosthesis Bank' ? now.toISOString() : null,
      created_at: created.toISOString(),
      updated_at: created.toISOString(),
    };
  });
  await insertRows(manager, 'resource', rows);
  return rows.filter((row) => row.retired_at === null).map((row) => row.id);
}
