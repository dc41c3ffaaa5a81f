import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { auditKeys } from './settings-keys';

export function useChangePassphrase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'program.changePassphrase'>) => call('program.changePassphrase', input),
    // The change is audited, so the audit check is out of date.
    onSuccess: () => client.invalidateQueries({ queryKey: auditKeys.all }),
  });
}
