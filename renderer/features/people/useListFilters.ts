// A people list's filters: kept in the list's URL (so Back and a reload restore them), the typed
// text as a draft that joins the URL once typing pauses, the sort, and the rows in view. The nav
// link and a record's breadcrumb lead to the bare list: it then returns to its last filters.
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { readListParams, writeListParams, type ListShape, type ListState } from './list-search-params';
import type { FilterDraft } from './PeopleFiltersPanel';
import { nextSort } from './PeopleGrid';

const SEARCH_DELAY_MS = 150;

/** Each list's last search in this window, by path; cleared filters are remembered as ''. */
const lastSearch = new Map<string, string>();

/** Another program is on show (the demo, or back from it): its lists start unfiltered. */
export function forgetListFilters(): void {
  lastSearch.clear();
}

interface TypedText {
  search: string;
  region: string;
}

const textOf = ({ search, region }: TypedText): TypedText => ({ search, region });
const trimmed = ({ search, region }: TypedText): TypedText => ({ search: search.trim(), region: region.trim() });
const sameText = (a: TypedText, b: TypedText) => a.search === b.search && a.region === b.region;

/** `shape` should be a module-level constant of the page: a new object each render reads the URL again. */
export function useListFilters<S extends string, Sort extends string>(shape: ListShape<S, Sort>) {
  const { pathname } = useLocation();
  const [params, setParams] = useSearchParams();
  const remembered = lastSearch.get(pathname) ?? '';
  const restoring = params.size === 0 && remembered !== '';
  const query = restoring ? remembered : params.toString();
  const applied = useMemo(() => readListParams(new URLSearchParams(query), shape), [query, shape]);

  const fromUrl = textOf(applied.filters);
  const [text, setText] = useState(fromUrl);
  // When a field's text changes in the URL other than by typing here (Back, a link), show it. Only
  // that field: the search landing while the region is being cleared must not bring the region back.
  const [urlText, setUrlText] = useState(fromUrl);
  if (!sameText(fromUrl, urlText)) {
    const typedNow = trimmed(text);
    const fromOutside = (key: keyof TypedText) => fromUrl[key] !== urlText[key] && fromUrl[key] !== typedNow[key];
    setUrlText(fromUrl);
    if (fromOutside('search') || fromOutside('region')) {
      setText({
        search: fromOutside('search') ? fromUrl.search : text.search,
        region: fromOutside('region') ? fromUrl.region : text.region,
      });
    }
  }
  const search = useDebouncedValue(text.search.trim(), SEARCH_DELAY_MS);
  const region = useDebouncedValue(text.region.trim(), SEARCH_DELAY_MS);

  const replace = (next: ListState<S, Sort>) => {
    const nextQuery = writeListParams(next, shape.defaultSort).toString();
    lastSearch.set(pathname, nextQuery);
    if (nextQuery !== params.toString()) setParams(nextQuery, { replace: true });
  };
  const restore = useEffectEvent(() => {
    if (restoring) setParams(remembered, { replace: true });
  });
  useEffect(() => restore(), [restoring]);
  const typed = useEffectEvent((typedText: TypedText) => {
    if (!sameText(typedText, fromUrl)) replace({ ...applied, filters: { ...applied.filters, ...typedText } });
  });
  useEffect(() => typed({ search, region }), [search, region]);

  const [range, setRange] = useState({ first: 0, last: 0 });
  return {
    draft: { ...applied.filters, ...text },
    /** Text waits for typing to pause; every other filter applies at once. */
    setDraft: (next: FilterDraft<S>) => {
      setText({ search: next.search, region: next.region });
      const { search: _search, region: _region, ...chosen } = next;
      replace({ ...applied, filters: { ...applied.filters, ...chosen } });
    },
    sort: applied.sort,
    sortBy: (column: Sort) => replace({ ...applied, sort: nextSort(applied.sort, column) }),
    range,
    setRange,
    filters: { ...applied.filters, ...applied.sort },
  };
}

/** "1 participant", "2,000 peer supporters". */
export function countLabel(total: number, one: string, many: string): string {
  return `${total.toLocaleString('en-US')} ${total === 1 ? one : many}`;
}
