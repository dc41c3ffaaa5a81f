// The peer supporters list, a page of rows at a time.
import { call } from '../../api/call';
import { usePagedRows } from '../people/usePagedRows';
import { peerSupporterKeys, type PeerSupporterFilters } from './peer-supporter-keys';

export function usePeerSupporterPages(filters: PeerSupporterFilters, firstIndex: number, lastIndex: number) {
  return usePagedRows({
    pageKey: (page) => peerSupporterKeys.listPage(filters, page),
    fetchPage: (range) => call('peerSupporters.list', { ...filters, ...range }),
    firstIndex,
    lastIndex,
  });
}
