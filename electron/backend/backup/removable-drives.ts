import type { RemovableDrive } from '../../../shared/api/backup';
export function listRemovableDrives(): Promise<RemovableDrive[]> {
  return Promise.resolve([]);
}
