// Referrals to the resource directory, by type of resource, and concerns raised.
import { resourceTypeLabels, resourceTypes } from '../../../../shared/api/resources';
import { count, type RawSection, type ReportScope } from '../raw';
import { periodContacts } from './period-data';

export async function referralsSection(scope: ReportScope): Promise<RawSection> {
  const { sql, from, toNext } = scope;
  const byType = await sql(
    `SELECT r.type, COUNT(*) AS referrals FROM contact_referral cr
     JOIN contact c ON c.id = cr.contact_id JOIN resource r ON r.id = cr.resource_id
     WHERE c.occurred_at >= ? AND c.occurred_at < ? AND c.is_attempt = 0 GROUP BY r.type`,
    [from, toNext],
  );
  const concerns = (await periodContacts(scope)).reduce((sum, cell) => sum + cell.concerns, 0);
  const types = new Map(byType.map((row) => [String(row.type), Number(row.referrals)]));
  return {
    measures: [
      {
        key: 'referrals.referrals',
        label: 'Referrals to resources',
        definition:
          'Referrals to a clinic, service or organisation of the resource directory made during contacts in the period.',
        unit: 'count',
        value: [...types.values()].reduce((a, b) => a + b, 0),
      },
      {
        key: 'referrals.concernsRaised',
        label: 'Concerns raised',
        definition:
          'Contacts and attempts in the period on which the peer supporter raised a concern for the program leader.',
        unit: 'count',
        value: concerns,
      },
    ],
    tables: [
      {
        key: 'referrals.byResourceType',
        title: 'Referrals by type of resource',
        definition: 'Referrals made during contacts in the period, by the type of the resource referred to.',
        columns: [count('referrals', 'Referrals')],
        rows: resourceTypes.map((type) => ({
          key: type,
          label: resourceTypeLabels[type],
          values: { referrals: types.get(type) ?? 0 },
        })),
        totals: true,
      },
    ],
  };
}
