// Fidelity: of the contacts that recorded fidelity items, the share that delivered each item.
import { fidelityItemLabels, fidelityItems } from '../../../../shared/api/contacts';
import { count, type RawSection, type ReportScope } from '../raw';
import { fidelityDelivered, periodContacts } from './period-data';

export async function fidelitySection(scope: ReportScope): Promise<RawSection> {
  const cells = (await periodContacts(scope)).filter((cell) => !cell.isAttempt);
  const recorded = cells.reduce((sum, cell) => sum + cell.fidelityRecorded, 0);
  const items = await fidelityDelivered(scope);
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
