import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useRestorePeerSupporter() {
  const saved = usePeerSupporterSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'peerSupporters.restore'>) => call('peerSupporters.restore', input),
    onSuccess: saved,
  });
}
