// backup.large: "Back up now" on the large demo program, with the full verification that is part
// of every backup (the snapshot checked on its own connection: integrity, foreign keys, rows per
// table; the copy read back from the drive and its hash compared). backup.large.verifyFile is
// verify-backup's later check of the written file with the passphrase (no target: it is run by
// hand or by a restore, not by every backup).
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
  for (let run = 0; run < runs; run += 1) {
    const stick = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-bench-backup-'));
    try {
      let file = '';
      created.push(
        await time(async () => {
          file = (await createBackup(session, stick)).file;
        }),
      );
      verified.push(await time(() => verifyBackup(file, passphrase)));
    } finally {
      await fs.rm(stick, { recursive: true, force: true });
    }
  }
  return [summarise('backup.large', created, BACKUP_TARGET_MS), summarise('backup.large.verifyFile', verified)];
}
