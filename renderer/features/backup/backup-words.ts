// Words for backups on screen: the steps of a backup, sizes, and how long ago.
import type { BackupStep } from '../../../shared/api/backup';

export const backupStepLabels: Record<BackupStep, string> = {
  snapshot: 'Taking a snapshot',
  checking: 'Checking the snapshot',
  copying: 'Copying to the drive',
  'reading-back': 'Reading the copy back',
  finishing: 'Finishing',
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return `${Math.max(1, Math.round(bytes / 1024 ** 2))} MB`;
}

export function daysAgo(iso: string, now = new Date()): string {
  const days = Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
