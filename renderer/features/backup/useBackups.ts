// Backups through the backend: the status (last backup, last restore test, settings), where a
// backup can go, the backup itself with its progress events, cancel, settings and the restore test.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BackupProgress } from '../../../shared/api/backup';
import type { ChannelInput } from '../../../shared/api/channels';
import { getBridge } from '../../api/bridge';
import { call } from '../../api/call';
import { programKeys } from '../program/program-keys';
import { attentionKeys } from '../supervision/supervision-keys';
import { backupKeys } from './backup-keys';

export function useBackupStatus() {
  return useQuery({ queryKey: backupKeys.status(), queryFn: () => call('backup.status', {}) });
}

/** Drives come and go: asked again each time the page opens. */
export function useBackupDestinations() {
  return useQuery({
    queryKey: backupKeys.destinations(),
    queryFn: () => call('backup.destinations', {}),
    refetchOnMount: 'always',
  });
}

/** What changes once a backup or a restore test is recorded: the status and Home's notices. */
function useRefreshAfterBackup() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: backupKeys.all }),
      client.invalidateQueries({ queryKey: attentionKeys.all }),
      client.invalidateQueries({ queryKey: programKeys.info() }),
    ]);
}

export function useCreateBackup() {
  const refresh = useRefreshAfterBackup();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (folder: string) => {
      setProgress({ step: 'snapshot', fraction: 0 });
      return call('backup.create', { folder });
    },
    onSettled: () => refresh(),
  });
  const running = mutation.isPending;
  useEffect(() => {
    if (!running) return undefined;
    return getBridge().on('backup.progress', setProgress);
  }, [running]);
  return { ...mutation, progress: running ? progress : null };
}

export function useCancelBackup() {
  return useMutation({ mutationFn: () => call('backup.cancel', {}) });
}

export function useUpdateBackupSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'backup.updateSettings'>) => call('backup.updateSettings', input),
    onSuccess: async (status) => {
      client.setQueryData(backupKeys.status(), status);
      await client.invalidateQueries({ queryKey: attentionKeys.all });
    },
  });
}

export function useTestRestore() {
  const refresh = useRefreshAfterBackup();
  return useMutation({
    mutationFn: (passphrase: string) => call('backup.testRestore', { passphrase }),
    onSuccess: () => refresh(),
  });
}
