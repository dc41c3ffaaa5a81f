import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/call';
import { setLockReason } from '../program/lock-notice';
import { programKeys } from '../program/program-keys';

export function useUnlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (passphrase: string) => call('program.unlock', { passphrase }),
    onSuccess: () => {
      setLockReason(null);
      return client.invalidateQueries({ queryKey: programKeys.status() });
    },
  });
}
