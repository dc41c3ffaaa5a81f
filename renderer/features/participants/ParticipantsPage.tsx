// The participants list: search, filters, the count, and the virtualised table.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { ParticipantFiltersPanel, type FilterDraft } from './ParticipantFiltersPanel';
import { ParticipantTable } from './ParticipantTable';
import type { ParticipantFilters } from './participant-keys';
import { useParticipantPages } from './useParticipantPages';

const SEARCH_DELAY_MS = 150;

const initialDraft: FilterDraft = {
  search: '',
  statuses: [],
  tagId: null,
  languageId: null,
  region: '',
  includeArchived: false,
};

export function ParticipantsPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initialDraft);
  const [sort, setSort] = useState<Pick<ParticipantFilters, 'sort' | 'direction'>>({ sort: 'name', direction: 'asc' });
  const [range, setRange] = useState({ first: 0, last: 0 });
  const search = useDebouncedValue(draft.search.trim(), SEARCH_DELAY_MS);
  const region = useDebouncedValue(draft.region.trim(), SEARCH_DELAY_MS);
  const filters: ParticipantFilters = { ...draft, search, region, ...sort };
  const list = useParticipantPages(filters, range.first, range.last);
  return (
    <>
      <div className="page-heading">
        <h1>Participants</h1>
        <button type="button" className="button-primary" onClick={() => void navigate('/participants/new')}>
          Add participant
        </button>
      </div>
      <ParticipantFiltersPanel draft={draft} onChange={setDraft} />
      <p className="list-count" role="status">
        {list.total === undefined ? 'Loading…' : countLabel(list.total)}
      </p>
      {list.error ? <Alert tone="error">{errorMessage(list.error)}</Alert> : null}
      <ParticipantTable
        total={list.total ?? 0}
        rowAt={list.rowAt}
        sort={sort}
        onSort={(column) =>
          setSort((current) => ({
            sort: column,
            direction: current.sort === column && current.direction === 'asc' ? 'desc' : 'asc',
          }))
        }
        onRangeChange={setRange}
      />
    </>
  );
}

function countLabel(total: number): string {
  return `${total.toLocaleString('en-US')} ${total === 1 ? 'participant' : 'participants'}`;
}
