import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { setLockReason } from '../program/lock-notice';
import { programKeys } from '../program/program-keys';

export function useUnlockWithRecoveryKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'program.unlockWithRecoveryKey'>) => call('program.unlockWithRecoveryKey', input),
    onSuccess: () => {
      setLockReason(null);
      return client.invalidateQueries({ queryKey: programKeys.status() });
    },
  });
}
