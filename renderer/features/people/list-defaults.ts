// The filters a people list opens with: nothing filtered, sorted by the given column, ascending.
import { emptyFilterDraft, type FilterDraft } from './PeopleFiltersPanel';

export function defaultListFilters<S extends string, Sort extends string>(
  sort: Sort,
): FilterDraft<S> & { sort: Sort; direction: 'asc' | 'desc' } {
  return { ...emptyFilterDraft<S>(), sort, direction: 'asc' };
}
