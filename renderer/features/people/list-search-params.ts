// A people list's filters and sort as the search part of its URL, so that Back and a reload bring
// the list back as it was left. Defaults are left out; values the list does not know are dropped.
import type { FilterDraft } from './PeopleFiltersPanel';
import type { GridSort } from './PeopleGrid';

export interface ListState<S extends string, Sort extends string> {
  filters: FilterDraft<S>;
  sort: GridSort<Sort>;
}

/** What a list accepts: its statuses and sortable columns, and the column it sorts by at first. */
export interface ListShape<S extends string, Sort extends string> {
  statuses: readonly S[];
  sorts: readonly Sort[];
  defaultSort: Sort;
}

const toId = (value: string | null): number | null => {
  const id = Number(value);
  return value !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
};

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  options.find((option) => option === value);

export function readListParams<S extends string, Sort extends string>(
  params: URLSearchParams,
  shape: ListShape<S, Sort>,
): ListState<S, Sort> {
  const statuses = params.getAll('status');
  return {
    filters: {
      search: (params.get('q') ?? '').trim(),
      statuses: shape.statuses.filter((status) => statuses.includes(status)),
      tagId: toId(params.get('tag')),
      languageId: toId(params.get('language')),
      region: (params.get('region') ?? '').trim(),
      includeArchived: params.get('archived') === '1',
    },
    sort: {
      sort: oneOf(shape.sorts, params.get('sort')) ?? shape.defaultSort,
      direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    },
  };
}

export function writeListParams<S extends string, Sort extends string>(
  { filters, sort }: ListState<S, Sort>,
  defaultSort: Sort,
): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search !== '') params.set('q', filters.search);
  for (const status of filters.statuses) params.append('status', status);
  if (filters.tagId !== null) params.set('tag', String(filters.tagId));
  if (filters.languageId !== null) params.set('language', String(filters.languageId));
  if (filters.region !== '') params.set('region', filters.region);
  if (filters.includeArchived) params.set('archived', '1');
  if (sort.sort !== defaultSort) params.set('sort', sort.sort);
  if (sort.direction !== 'asc') params.set('dir', sort.direction);
  return params;
}
