// A peer supporter's open matches (active or proposed). Matches start and end on other pages:
// asked again at each opening of the record.
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call';
import { peerSupporterKeys } from './peer-supporter-keys';

/** More than any capacity a peer supporter is given. */
const OPEN_MATCHES_SHOWN = 100;

export function usePeerOpenMatches(peerSupporterId: number) {
  return useQuery({
    queryKey: peerSupporterKeys.openMatches(peerSupporterId),
    queryFn: () =>
      call('matches.list', { peerSupporterId, statuses: ['active', 'proposed'], limit: OPEN_MATCHES_SHOWN }),
    refetchOnMount: 'always',
  });
}
