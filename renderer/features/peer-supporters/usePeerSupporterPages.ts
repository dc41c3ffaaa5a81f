// The peer supporters list, a page of rows at a time.
import { call } from '../../api/call';
import { pageQuery, usePagedRows } from '../people/usePagedRows';
import { peerSupporterKeys, type PeerSupporterFilters } from './peer-supporter-keys';

export function peerSupporterPageQuery(filters: PeerSupporterFilters, page: number) {
  return pageQuery(peerSupporterKeys.listPage(filters, page), page, (range) =>
    call('peerSupporters.list', { ...filters, ...range }),
  );
}

export function usePeerSupporterPages(filters: PeerSupporterFilters, firstIndex: number, lastIndex: number) {
  return usePagedRows({ pageQuery: (page) => peerSupporterPageQuery(filters, page), firstIndex, lastIndex });
}
