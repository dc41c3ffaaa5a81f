// One peer supporter's record. Each opening asks the backend again, because the backend records
// every opening as a view; nothing is kept once the page is left.
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call';
import { peerSupporterKeys } from './peer-supporter-keys';

export function usePeerSupporter(id: number) {
  return useQuery({
    queryKey: peerSupporterKeys.detail(id),
    queryFn: () => call('peerSupporters.get', { id }),
    refetchOnMount: 'always',
    gcTime: 0,
  });
}
