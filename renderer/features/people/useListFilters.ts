// A people list's filters: the draft as typed, the sort, the rows in view, and the filters to
// ask the backend with (the typed text debounced).
import { useState } from 'react';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { emptyFilterDraft } from './PeopleFiltersPanel';
import { nextSort, type GridSort } from './PeopleGrid';

const SEARCH_DELAY_MS = 150;

export function useListFilters<S extends string, Sort extends string>(initialSort: Sort) {
  const [draft, setDraft] = useState(emptyFilterDraft<S>);
  const [sort, setSort] = useState<GridSort<Sort>>({ sort: initialSort, direction: 'asc' });
  const [range, setRange] = useState({ first: 0, last: 0 });
  const search = useDebouncedValue(draft.search.trim(), SEARCH_DELAY_MS);
  const region = useDebouncedValue(draft.region.trim(), SEARCH_DELAY_MS);
  return {
    draft,
    setDraft,
    sort,
    sortBy: (column: Sort) => setSort((current) => nextSort(current, column)),
    range,
    setRange,
    filters: { ...draft, search, region, ...sort },
  };
}

/** "1 participant", "2,000 peer supporters". */
export function countLabel(total: number, one: string, many: string): string {
  return `${total.toLocaleString('en-US')} ${total === 1 ? one : many}`;
}
