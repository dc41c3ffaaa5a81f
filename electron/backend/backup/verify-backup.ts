// Checks a backup file before anyone trusts it: its header, its length, its snapshot's hash, then,
// with the backup's passphrase or the recovery key, the snapshot itself. Nothing is changed anywhere.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BackupPreview, BackupSecret } from '../../../shared/api/backup';
import { checkExtractedSnapshot, extractSnapshot, readBackupFile, unwrapBackupKey } from './backup-file';
import type { BackupManifest } from './backup-format';
import { kindCounts } from '../services/record-kinds';

export interface VerifiedBackup {
  manifest: BackupManifest;
  preview: BackupPreview;
}

export async function verifyBackupWith(file: string, secret: BackupSecret): Promise<VerifiedBackup> {
  const backup = await readBackupFile(file);
  const key = await unwrapBackupKey(backup, secret);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-verify-'));
  try {
    const snapshot = path.join(work, 'snapshot.db');
    await extractSnapshot(backup, snapshot);
    const { programName } = await checkExtractedSnapshot(backup, snapshot, key);
    const { manifest } = backup.header;
    return {
      manifest,
      preview: {
        file,
        fileName: backup.name,
        programName,
        createdAt: manifest.createdAt,
        appVersion: manifest.appVersion,
        recordCounts: kindCounts(manifest.tableCounts),
      },
    };
  } finally {
    key.fill(0);
    await fs.rm(work, { recursive: true, force: true });
  }
}

export async function verifyBackup(file: string, passphrase: string): Promise<BackupManifest> {
  return (await verifyBackupWith(file, { passphrase })).manifest;
}
