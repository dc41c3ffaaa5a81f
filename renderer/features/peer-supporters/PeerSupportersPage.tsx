// The peer supporters list: search, filters, the count, and the virtualised grid. A row whose
// certification expires soon (or has expired) carries a flag.
import { useNavigate } from 'react-router';
import { peerStatusLabels, peerSorts, peerStatuses, type PeerSupporterRow } from '../../../shared/api/peer-supporters';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { PeopleFiltersPanel } from '../people/PeopleFiltersPanel';
import { PeopleGrid, type PeopleGridColumn } from '../people/PeopleGrid';
import { countLabel, useListFilters } from '../people/useListFilters';
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
  const navigate = useNavigate();
  const list = useListFilters(listShape);
  const pages = usePeerSupporterPages(list.filters, list.range.first, list.range.last);
  return (
    <>
      <div className="page-heading">
        <h1>Peer supporters</h1>
        <button type="button" className="button-primary" onClick={() => void navigate('/peer-supporters/new')}>
          Add peer supporter
        </button>
      </div>
      <PeopleFiltersPanel
        people="peer supporters"
        statuses={peerStatuses}
        statusLabels={peerStatusLabels}
        draft={list.draft}
        onChange={list.setDraft}
      />
      <p className="list-count" role="status">
        {pages.total === undefined ? 'Loading…' : countLabel(pages.total, 'peer supporter', 'peer supporters')}
      </p>
      {pages.error ? <Alert tone="error">{errorMessage(pages.error)}</Alert> : null}
      <PeopleGrid
        label="Peer supporters"
        emptyText="No peer supporters to show."
        nameColumn={{ sort: 'name', label: 'Name' }}
        columns={columns}
        recordPath={(row) => `/peer-supporters/${row.id}`}
        nameFlags={(row) =>
          row.certificationAlert ? <span className="badge badge-warning">Renew certification</span> : null
        }
        total={pages.total ?? 0}
        rowAt={pages.rowAt}
        sort={list.sort}
        onSort={list.sortBy}
        onRangeChange={list.setRange}
      />
    </>
  );
}
