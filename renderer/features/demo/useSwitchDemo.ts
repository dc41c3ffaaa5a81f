// Opening and leaving the demo program. Either way the window now shows another program: nothing
// cached from the one before may show through, and the pages start again from Home.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ProgramStatus } from '../../../shared/api/types';
import { call } from '../../api/call';
import { forgetUnlockedData } from '../../api/query-client';
import { setLockReason } from '../program/lock-notice';
import { programKeys } from '../program/program-keys';
import { resetShellLocation } from '../shell/shell-location';

function showProgram(client: QueryClient, status: ProgramStatus): void {
  forgetUnlockedData(client);
  setLockReason(null);
  resetShellLocation();
  client.setQueryData(programKeys.status(), status);
}

export function useOpenDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('demo.open', {}),
    onSuccess: (status) => showProgram(client, status),
  });
}

export function useLeaveDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('demo.leave', {}),
    onSuccess: (status) => showProgram(client, status),
    // Whatever happened, ask which program is on show rather than keep showing the demo's data.
    onError: () => client.invalidateQueries({ queryKey: programKeys.status() }),
  });
}
