import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/call';
import { setLockReason } from '../program/lock-notice';
import { programKeys } from '../program/program-keys';

export function useSetupConfirm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (recoveryKey: string) => call('program.setupConfirm', { recoveryKey }),
    onSuccess: () => {
      setLockReason(null);
      return client.invalidateQueries({ queryKey: programKeys.status() });
    },
  });
}
