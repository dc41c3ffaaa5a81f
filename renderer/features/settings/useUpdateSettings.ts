import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { settingsKeys } from './settings-keys';

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'settings.update'>) => call('settings.update', input),
    onSuccess: (settings) => client.setQueryData(settingsKeys.current(), settings),
  });
}
