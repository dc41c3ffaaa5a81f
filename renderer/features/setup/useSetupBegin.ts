import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';

export function useSetupBegin() {
  return useMutation({
    mutationFn: (input: ChannelInput<'program.setupBegin'>) => call('program.setupBegin', input),
  });
}
