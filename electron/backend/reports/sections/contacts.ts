// Contacts: how many, how long, by way of meeting, by key function and by month; attempts; and
// contacts per participant served.
import { keyFunctionLabels, keyFunctions } from '../../../../shared/api/contacts';
import { modalities, modalityLabels } from '../../../../shared/api/fields';
import { count, hours, median, toHours, type RawSection, type ReportScope } from '../raw';
import { formatMonth } from './months';
import { periodContacts, servedPeople } from './period-data';

export async function contactsSection(scope: ReportScope): Promise<RawSection> {
  const cells = (await periodContacts(scope)).filter((cell) => !cell.isAttempt);
  const attempts = (await periodContacts(scope)).filter((cell) => cell.isAttempt);
  const served = await servedPeople(scope);
  const sum = <T>(items: T[], value: (item: T) => number) => items.reduce((acc, item) => acc + value(item), 0);
  const where = <T>(items: T[], keep: (item: T) => boolean) => items.filter(keep);
  const serving = (key: string) => where(cells, (cell) => cell.functions.includes(key));
  // Every participant served counts, with none for one served only in groups.
  const perParticipantCounts = [...served.ids].map((id) => served.contacts.get(id) ?? 0);
  const contactsAndHours = [count('contacts', 'Contacts'), hours()];
  const hoursFollowContacts = { hours: { basis: 'contacts' } };

  return {
    measures: [
      {
        key: 'contacts.contacts',
        label: 'Contacts',
        definition: 'Contacts between a peer supporter and a participant in the period, not counting attempts.',
        unit: 'count',
        value: sum(cells, (cell) => cell.contacts),
      },
      {
        key: 'contacts.hours',
        label: 'Contact hours',
        definition: 'The recorded minutes of those contacts, in hours (one decimal).',
        unit: 'hours',
        value: toHours(sum(cells, (cell) => cell.minutes)),
      },
      {
        key: 'contacts.attempts',
        label: 'Attempts to reach a participant',
        definition: 'Calls, texts or visits in the period that did not reach the participant.',
        unit: 'count',
        value: sum(attempts, (cell) => cell.contacts),
      },
      {
        key: 'contacts.perParticipantMedian',
        label: 'Contacts per participant served, median',
        definition:
          'For each participant served in the period, their contacts in the period (none for one served only in groups); the middle value.',
        unit: 'count',
        value: median(perParticipantCounts),
        basedOn: perParticipantCounts.length,
      },
    ],
    tables: [
      {
        key: 'contacts.byModality',
        title: 'Contacts by way of meeting',
        definition: 'Contacts in the period and their hours, by the way the peer supporter and participant met.',
        columns: contactsAndHours,
        rows: modalities.map((modality) => {
          const of = where(cells, (cell) => cell.modality === modality);
          return {
            key: modality,
            label: modalityLabels[modality],
            values: { contacts: sum(of, (cell) => cell.contacts), hours: sum(of, (cell) => cell.minutes) / 60 },
          };
        }),
        totals: true,
        derived: hoursFollowContacts,
      },
      {
        key: 'contacts.byFunction',
        title: 'Contacts by key function',
        definition:
          'Contacts in the period and their hours, by the key functions of peer support the contact served. A contact may serve several functions, so the rows do not add up to the total.',
        columns: contactsAndHours,
        rows: keyFunctions.map((key) => ({
          key,
          label: keyFunctionLabels[key],
          values: {
            contacts: sum(serving(key), (cell) => cell.contacts),
            hours: sum(serving(key), (cell) => cell.minutes) / 60,
          },
        })),
        totals: false,
        derived: hoursFollowContacts,
      },
      {
        key: 'contacts.byMonth',
        title: 'Contacts by month',
        definition: 'Contacts, their hours and attempts in each month of the period.',
        columns: [...contactsAndHours, count('attempts', 'Attempts')],
        rows: scope.months.map((month) => {
          const of = where(cells, (cell) => cell.month === month);
          return {
            key: month,
            label: formatMonth(month),
            values: {
              contacts: sum(of, (cell) => cell.contacts),
              hours: sum(of, (cell) => cell.minutes) / 60,
              attempts: sum(
                where(attempts, (cell) => cell.month === month),
                (cell) => cell.contacts,
              ),
            },
          };
        }),
        totals: true,
        derived: hoursFollowContacts,
      },
    ],
  };
}
