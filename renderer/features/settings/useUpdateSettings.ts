import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { consentKeys } from '../consents/consent-keys';
import { reportKeys } from '../reports/report-keys';
import { attentionKeys, supervisionKeys } from '../supervision/supervision-keys';
import { settingsKeys } from './settings-keys';

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'settings.update'>) => call('settings.update', input),
    onSuccess: async (settings) => {
      client.setQueryData(settingsKeys.current(), settings);
      // A consent's status depends on when "expiring soon" begins, a peer's next supervision on
      // the cadence, and the dashboard on both; a report's suppressed cells on the threshold.
      await Promise.all([
        client.invalidateQueries({ queryKey: consentKeys.all }),
        client.invalidateQueries({ queryKey: supervisionKeys.all }),
        client.invalidateQueries({ queryKey: attentionKeys.all }),
        client.invalidateQueries({ queryKey: reportKeys.all }),
      ]);
    },
  });
}
