// The participants list: search, filters, the count, and the virtualised grid.
import {
  participantStatusLabels,
  participantStatuses,
  participantSorts,
  type ParticipantRow,
} from '../../../shared/api/participants';
import { formatDay } from '../../components/format-day';
import { PeopleListPage } from '../people/PeopleListPage';
import type { PeopleGridColumn } from '../people/PeopleGrid';
import { useListFilters } from '../people/useListFilters';
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
  const list = useListFilters(listShape);
  const pages = useParticipantPages(list.filters, list.range.first, list.range.last);
  return (
    <PeopleListPage
      title="Participants"
      one="participant"
      many="participants"
      path="/participants"
      statuses={participantStatuses}
      statusLabels={participantStatusLabels}
      list={list}
      pages={pages}
      columns={columns}
    />
  );
}
