// Contacts: how many, how long, by way of meeting, by key function and by month; attempts; and
// contacts per participant served.
import { keyFunctionLabels, keyFunctions } from '../../../../shared/api/contacts';
import { modalities, modalityLabels } from '../../../../shared/api/fields';
import { count, hours, median, toHours, type RawSection, type ReportScope } from '../raw';
import { formatMonth } from './months';
import { SERVED_SQL, servedParameters } from './served';

const IN_PERIOD = `occurred_at >= ? AND occurred_at < ?`;

export async function contactsSection(scope: ReportScope): Promise<RawSection> {
  const { sql, from, toNext } = scope;
  const period = [from, toNext];
  const byMonth = await sql(
    `SELECT substr(occurred_at, 1, 7) AS month, SUM(is_attempt = 0) AS contacts, SUM(is_attempt) AS attempts,
       SUM(CASE WHEN is_attempt = 0 THEN duration_minutes ELSE 0 END) AS minutes
     FROM contact WHERE ${IN_PERIOD} GROUP BY month`,
    period,
  );
  const byModality = await sql(
    `SELECT modality, COUNT(*) AS contacts, SUM(duration_minutes) AS minutes
     FROM contact WHERE ${IN_PERIOD} AND is_attempt = 0 GROUP BY modality`,
    period,
  );
  const byFunction = await sql(
    `SELECT f.value AS function, COUNT(*) AS contacts, SUM(c.duration_minutes) AS minutes
     FROM contact c, json_each(c.functions) f
     WHERE c.occurred_at >= ? AND c.occurred_at < ? AND c.is_attempt = 0 GROUP BY f.value`,
    period,
  );
  const perParticipant = await sql(
    `SELECT s.participant_id, COUNT(c.id) AS contacts FROM (${SERVED_SQL}) s
     LEFT JOIN contact c ON c.participant_id = s.participant_id AND c.is_attempt = 0
       AND c.occurred_at >= ? AND c.occurred_at < ?
     GROUP BY s.participant_id`,
    [...servedParameters(scope), from, toNext],
  );

  const months = new Map(byMonth.map((row) => [String(row.month), row]));
  const total = (key: string) => byMonth.reduce((sum, row) => sum + Number(row[key] ?? 0), 0);
  const modalityRows = new Map(byModality.map((row) => [String(row.modality), row]));
  const functionRows = new Map(byFunction.map((row) => [String(row.function), row]));
  const perParticipantCounts = perParticipant.map((row) => Number(row.contacts));
  const contactsAndHours = [count('contacts', 'Contacts'), hours()];
  const hoursFollowContacts = { hours: { basis: 'contacts' } };

  return {
    measures: [
      {
        key: 'contacts.contacts',
        label: 'Contacts',
        definition: 'Contacts between a peer supporter and a participant in the period, not counting attempts.',
        unit: 'count',
        value: total('contacts'),
      },
      {
        key: 'contacts.hours',
        label: 'Contact hours',
        definition: 'The recorded minutes of those contacts, in hours (one decimal).',
        unit: 'hours',
        value: toHours(total('minutes')),
      },
      {
        key: 'contacts.attempts',
        label: 'Attempts to reach a participant',
        definition: 'Calls, texts or visits in the period that did not reach the participant.',
        unit: 'count',
        value: total('attempts'),
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
          const row = modalityRows.get(modality);
          return {
            key: modality,
            label: modalityLabels[modality],
            values: { contacts: Number(row?.contacts ?? 0), hours: Number(row?.minutes ?? 0) / 60 },
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
        rows: keyFunctions.map((key) => {
          const row = functionRows.get(key);
          return {
            key,
            label: keyFunctionLabels[key],
            values: { contacts: Number(row?.contacts ?? 0), hours: Number(row?.minutes ?? 0) / 60 },
          };
        }),
        totals: false,
        derived: hoursFollowContacts,
      },
      {
        key: 'contacts.byMonth',
        title: 'Contacts by month',
        definition: 'Contacts, their hours and attempts in each month of the period.',
        columns: [...contactsAndHours, count('attempts', 'Attempts')],
        rows: scope.months.map((month) => {
          const row = months.get(month);
          return {
            key: month,
            label: formatMonth(month),
            values: {
              contacts: Number(row?.contacts ?? 0),
              hours: Number(row?.minutes ?? 0) / 60,
              attempts: Number(row?.attempts ?? 0),
            },
          };
        }),
        totals: true,
        derived: hoursFollowContacts,
      },
    ],
  };
}
