// The participants list, fetched a page of rows at a time as the table scrolls to it. The first
// page always loads: it carries the total, which sizes the table.
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import type { ParticipantList, ParticipantRow } from '../../../shared/api/participants';
import { call } from '../../api/call';
import { participantKeys, type ParticipantFilters } from './participant-keys';

export const PAGE_SIZE = 200;

export function useParticipantPages(filters: ParticipantFilters, firstIndex: number, lastIndex: number) {
  const pages = new Set([0]);
  for (let page = Math.floor(firstIndex / PAGE_SIZE); page <= Math.floor(lastIndex / PAGE_SIZE); page += 1) {
    pages.add(page);
  }
  const pageNumbers = [...pages];
  const results = useQueries({
    queries: pageNumbers.map((page) => ({
      queryKey: participantKeys.listPage(filters, page),
      queryFn: () => call('participants.list', { ...filters, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
      // Keeps the count and rows on screen while a new search is answered.
      placeholderData: page === 0 ? keepPreviousData : undefined,
    })),
  });
  const loaded = new Map<number, ParticipantList>();
  results.forEach((result, index) => {
    if (result.data) loaded.set(pageNumbers[index] ?? 0, result.data);
  });
  const first = results[0];
  return {
    total: first?.data?.total,
    isPending: first?.isPending ?? true,
    isFetching: first?.isFetching ?? false,
    error: results.find((result) => result.isError)?.error ?? null,
    rowAt: (index: number): ParticipantRow | undefined =>
      loaded.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE],
  };
}
