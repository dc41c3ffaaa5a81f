// Query keys for backups: the program's backup status and where a backup can go (both need the
// program open), and the backups found for the restore screen (readable while locked).
export const backupKeys = {
  all: ['backup'] as const,
  status: () => [...backupKeys.all, 'status'] as const,
  destinations: () => [...backupKeys.all, 'destinations'] as const,
  found: () => [...backupKeys.all, 'found'] as const,
};
