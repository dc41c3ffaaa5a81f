// The participants list: search, filters, the count, and the virtualised grid.
import { useNavigate } from 'react-router';
import {
  participantStatusLabels,
  participantStatuses,
  participantSorts,
  type ParticipantRow,
} from '../../../shared/api/participants';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { PeopleFiltersPanel } from '../people/PeopleFiltersPanel';
import { PeopleGrid, type PeopleGridColumn } from '../people/PeopleGrid';
import { countLabel, useListFilters } from '../people/useListFilters';
import type { ParticipantFilters } from './participant-keys';
import { useParticipantPages } from './useParticipantPages';

type Sort = ParticipantFilters['sort'];

const columns: PeopleGridColumn<ParticipantRow, Sort>[] = [
  { sort: 'status', label: 'Status', cell: (row) => participantStatusLabels[row.status] },
  { sort: 'referralDate', label: 'Referral date', cell: (row) => formatDay(row.referralDate) },
  { sort: 'region', label: 'Region', cell: (row) => row.region ?? '' },
];

const listShape = { statuses: participantStatuses, sorts: participantSorts, defaultSort: 'name' as const };

export function ParticipantsPage() {
  const navigate = useNavigate();
  const list = useListFilters(listShape);
  const pages = useParticipantPages(list.filters, list.range.first, list.range.last);
  return (
    <>
      <div className="page-heading">
        <h1>Participants</h1>
        <button type="button" className="button-primary" onClick={() => void navigate('/participants/new')}>
          Add participant
        </button>
      </div>
      <PeopleFiltersPanel
        people="participants"
        statuses={participantStatuses}
        statusLabels={participantStatusLabels}
        draft={list.draft}
        onChange={list.setDraft}
      />
      <p className="list-count" role="status">
        {pages.total === undefined ? 'Loading…' : countLabel(pages.total, 'participant', 'participants')}
      </p>
      {pages.error ? <Alert tone="error">{errorMessage(pages.error)}</Alert> : null}
      <PeopleGrid
        label="Participants"
        emptyText="No participants to show."
        nameColumn={{ sort: 'name', label: 'Name' }}
        columns={columns}
        recordPath={(row) => `/participants/${row.id}`}
        total={pages.total ?? 0}
        rowAt={pages.rowAt}
        sort={list.sort}
        onSort={list.sortBy}
        onRangeChange={list.setRange}
      />
    </>
  );
}
