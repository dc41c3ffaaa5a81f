// A people list, fetched a page of rows at a time as the grid scrolls to it. The first page
// always loads: it carries the total, which sizes the grid.
import { keepPreviousData, useQueries, type QueryKey } from '@tanstack/react-query';

export const PAGE_SIZE = 200;

export interface RowsPage<Row> {
  total: number;
  rows: Row[];
}

/** The query for one page of a list: its key, and how to fetch it. */
export interface PageQuery<Row> {
  queryKey: QueryKey;
  queryFn: () => Promise<RowsPage<Row>>;
}

/** A list's page query, from its key and the call that fetches a range of rows. */
export function pageQuery<Row>(
  queryKey: QueryKey,
  page: number,
  fetchRange: (range: { offset: number; limit: number }) => Promise<RowsPage<Row>>,
): PageQuery<Row> {
  return { queryKey, queryFn: () => fetchRange({ offset: page * PAGE_SIZE, limit: PAGE_SIZE }) };
}

interface PagedRowsOptions<Row> {
  pageQuery: (page: number) => PageQuery<Row>;
  firstIndex: number;
  lastIndex: number;
}

export function usePagedRows<Row>({ pageQuery: queryFor, firstIndex, lastIndex }: PagedRowsOptions<Row>) {
  const pages = new Set([0]);
  for (let page = Math.floor(firstIndex / PAGE_SIZE); page <= Math.floor(lastIndex / PAGE_SIZE); page += 1) {
    pages.add(page);
  }
  const pageNumbers = [...pages];
  const results = useQueries({
    queries: pageNumbers.map((page) => ({
      ...queryFor(page),
      // Keeps the count and rows on screen while a new search is answered.
      placeholderData: page === 0 ? keepPreviousData : undefined,
    })),
  });
  const loaded = new Map<number, RowsPage<Row>>();
  results.forEach((result, index) => {
    if (result.data) loaded.set(pageNumbers[index] ?? 0, result.data);
  });
  const first = results[0];
  return {
    total: first?.data?.total,
    isPending: first?.isPending ?? true,
    isFetching: first?.isFetching ?? false,
    error: results.find((result) => result.isError)?.error ?? null,
    rowAt: (index: number): Row | undefined => loaded.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE],
  };
}
