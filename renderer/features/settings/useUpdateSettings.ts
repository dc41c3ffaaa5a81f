import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { consentKeys } from '../consents/consent-keys';
import { settingsKeys } from './settings-keys';

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'settings.update'>) => call('settings.update', input),
    onSuccess: async (settings) => {
      client.setQueryData(settingsKeys.current(), settings);
      // A consent's status depends on when "expiring soon" begins.
      await client.invalidateQueries({ queryKey: consentKeys.all });
    },
  });
}
