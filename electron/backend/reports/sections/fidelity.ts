// Fidelity: of the contacts that recorded fidelity items, the share that delivered each item.
import { fidelityItemLabels, fidelityItems } from '../../../../shared/api/contacts';
import { count, one, type RawSection, type ReportScope } from '../raw';

export async function fidelitySection(scope: ReportScope): Promise<RawSection> {
  const { sql, from, toNext } = scope;
  const recorded = await one(
    sql,
    `SELECT COUNT(*) FROM contact WHERE occurred_at >= ? AND occurred_at < ? AND is_attempt = 0
     AND fidelity_items <> '[]'`,
    [from, toNext],
  );
  const byItem = await sql(
    `SELECT i.value AS item, COUNT(*) AS contacts FROM contact c, json_each(c.fidelity_items) i
     WHERE c.occurred_at >= ? AND c.occurred_at < ? AND c.is_attempt = 0 GROUP BY i.value`,
    [from, toNext],
  );
  const items = new Map(byItem.map((row) => [String(row.item), Number(row.contacts)]));
  return {
    measures: [
      {
        key: 'fidelity.contactsRecorded',
        label: 'Contacts that recorded fidelity items',
        definition: 'Contacts in the period on which the peer supporter ticked at least one fidelity item.',
        unit: 'count',
        value: recorded,
      },
    ],
    tables: [
      {
        key: 'fidelity.items',
        title: 'Fidelity items delivered',
        definition:
          'For each item of the fidelity checklist (Chinman and others): how many of the contacts that recorded fidelity items delivered it, and their share. A contact may deliver several items.',
        columns: [count('contacts', 'Contacts'), { key: 'share', label: 'Share of contacts (%)', unit: 'percent' }],
        rows: fidelityItems.map((item) => {
          const n = items.get(item) ?? 0;
          return {
            key: item,
            label: fidelityItemLabels[item],
            values: { contacts: n, share: recorded === 0 ? null : Math.round((n / recorded) * 1000) / 10, recorded },
          };
        }),
        totals: false,
        derived: { share: { basis: 'contacts', denominator: 'recorded' } },
      },
    ],
  };
}
