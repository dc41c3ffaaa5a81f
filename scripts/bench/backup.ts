// backup.large: a backup of the large demo program with its full verification, as the app makes
// it (snapshot, checks, copy, read-back) and then verify-backup's check of the written file with
// the passphrase. The two parts are reported too.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createBackup } from '../../electron/backend/backup/create-backup';
import { verifyBackup } from '../../electron/backend/backup/verify-backup';
import type { ProgramSession } from '../../electron/backend/services/program-session';
import { summarise, time, type Measure } from './stats';

export const BACKUP_TARGET_MS = 10_000;

export async function measureBackup(session: ProgramSession, passphrase: string, runs: number): Promise<Measure[]> {
  const created: number[] = [];
  const verified: number[] = [];
  const totals: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const stick = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-bench-backup-'));
    try {
      let file = '';
      const create = await time(async () => {
        file = (await createBackup(session, stick)).file;
      });
      const verify = await time(() => verifyBackup(file, passphrase));
      created.push(create);
      verified.push(verify);
      totals.push(create + verify);
    } finally {
      await fs.rm(stick, { recursive: true, force: true });
    }
  }
  return [
    summarise('backup.large', totals, BACKUP_TARGET_MS),
    summarise('backup.large.create', created),
    summarise('backup.large.verify', verified),
  ];
}
