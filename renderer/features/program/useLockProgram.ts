import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/call';
import { returnToUnlock } from '../../api/query-client';
import { setLockReason } from './lock-notice';

export function useLockProgram() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('program.lock', {}),
    onMutate: () => setLockReason('user'),
    // Even if the answer is lost, ask for the status again rather than keep showing data.
    onSettled: () => returnToUnlock(client),
  });
}
