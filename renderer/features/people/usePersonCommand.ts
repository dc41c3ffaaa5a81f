// One command on a person's record (add, change, status, archive, restore, ...): the channel's
// call, then `saved` with the record as the backend answered it (its kind's cache update).
import { useMutation } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/channels';
import { call } from '../../api/call';

export function usePersonCommand<C extends ChannelName>(
  channel: C,
  saved: (record: ChannelOutput<C>) => Promise<void>,
) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: saved,
  });
}
