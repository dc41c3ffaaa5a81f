// The participants list, a page of rows at a time.
import { call } from '../../api/call';
import { pageQuery, usePagedRows } from '../people/usePagedRows';
import { participantKeys, type ParticipantFilters } from './participant-keys';

export function participantPageQuery(filters: ParticipantFilters, page: number) {
  return pageQuery(participantKeys.listPage(filters, page), page, (range) =>
    call('participants.list', { ...filters, ...range }),
  );
}

export function useParticipantPages(filters: ParticipantFilters, firstIndex: number, lastIndex: number) {
  return usePagedRows({ pageQuery: (page) => participantPageQuery(filters, page), firstIndex, lastIndex });
}
