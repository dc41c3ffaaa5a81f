// The participants list, a page of rows at a time.
import { call } from '../../api/call';
import { usePagedRows } from '../people/usePagedRows';
import { participantKeys, type ParticipantFilters } from './participant-keys';

export function useParticipantPages(filters: ParticipantFilters, firstIndex: number, lastIndex: number) {
  return usePagedRows({
    pageKey: (page) => participantKeys.listPage(filters, page),
    fetchPage: (range) => call('participants.list', { ...filters, ...range }),
    firstIndex,
    lastIndex,
  });
}
