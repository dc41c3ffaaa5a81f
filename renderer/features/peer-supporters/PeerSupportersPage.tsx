// The peer supporters list: search, filters, the count, and the virtualised grid. A row whose
// certification expires soon (or has expired) carries a flag.
import { peerStatusLabels, peerSorts, peerStatuses, type PeerSupporterRow } from '../../../shared/api/peer-supporters';
import { PeopleListPage } from '../people/PeopleListPage';
import type { PeopleGridColumn } from '../people/PeopleGrid';
import { useListFilters } from '../people/useListFilters';
import type { PeerSupporterFilters } from './peer-supporter-keys';
import { usePeerSupporterPages } from './usePeerSupporterPages';

type Sort = PeerSupporterFilters['sort'];

const columns: PeopleGridColumn<PeerSupporterRow, Sort>[] = [
  { sort: 'status', label: 'Status', cell: (row) => peerStatusLabels[row.status] },
  { sort: 'region', label: 'Region', cell: (row) => row.region ?? '' },
  { sort: 'capacity', label: 'Capacity', cell: (row) => row.capacity },
];

const listShape = { statuses: peerStatuses, sorts: peerSorts, defaultSort: 'name' as const };

export function PeerSupportersPage() {
  const list = useListFilters(listShape);
  const pages = usePeerSupporterPages(list.filters, list.range.first, list.range.last);
  return (
    <PeopleListPage
      title="Peer supporters"
      one="peer supporter"
      many="peer supporters"
      path="/peer-supporters"
      statuses={peerStatuses}
      statusLabels={peerStatusLabels}
      list={list}
      pages={pages}
      columns={columns}
      nameFlags={(row) =>
        row.certificationAlert ? <span className="badge badge-warning">Renew certification</span> : null
      }
    />
  );
}
