// "Do not match" pairs: one person's list, and adding or removing a pair, which refreshes both
// people's lists (every list: the pair shows on each side).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { doNotMatchKeys, type DoNotMatchSide } from './do-not-match-keys';

export function useDoNotMatchPairs(side: DoNotMatchSide, personId: number) {
  return useQuery({
    queryKey: doNotMatchKeys.of(side, personId),
    queryFn: () =>
      call('doNotMatch.list', side === 'participant' ? { participantId: personId } : { peerSupporterId: personId }),
  });
}

function usePairsChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: doNotMatchKeys.all });
}

export function useAddDoNotMatch() {
  const changed = usePairsChanged();
  return useMutation({
    mutationFn: (input: ChannelInput<'doNotMatch.add'>) => call('doNotMatch.add', input),
    onSuccess: changed,
  });
}

export function useRemoveDoNotMatch() {
  const changed = usePairsChanged();
  return useMutation({
    mutationFn: (id: number) => call('doNotMatch.remove', { id }),
    onSuccess: changed,
  });
}
