import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useAddTraining() {
  const saved = usePeerSupporterSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'peerSupporters.addTraining'>) => call('peerSupporters.addTraining', input),
    onSuccess: saved,
  });
}
