// "Back up now": a verified, encrypted backup in a folder (a USB stick, most often). The
// snapshot is written and checked locally, copied under a temporary name, flushed, read back and
// compared, and only then given its final name; older generations beyond the newest N are
// removed after that, never before. A failure at any step leaves no file with a final name.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { readKeySlotFile } from '../crypto/keyslots';
import { AppError } from '../errors';
import { appliedMigrationNames } from '../db/data-source';
import { fileNamePart } from '../export/file-name';
import type { ProgramSession } from '../services/program-session';
import { ProgramEntity } from '../db/entities/program';
import { encodePreambleAndHeader, type BackupManifest } from './backup-format';
import { checkSnapshot, sha256OfFile, tableCounts } from './snapshot-check';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

export const DEFAULT_GENERATIONS = 10;
/** FAT32 holds no file of 4 GiB or more. */
const FAT32_MAX_BYTES = 4 * 1024 ** 3 - 1;

export interface BackupOptions {
  /** Keep this many newest backups of this program in the folder. */
  generations?: number;
}

export interface BackupResult {
  file: string;
  manifest: BackupManifest;
}

const stamp = (at: Date) => at.toISOString().slice(0, 19).replace(/-|:/g, '').replace('T', '-');

export function backupFilePrefix(programName: string): string {
  return `PeerDesk-${fileNamePart(programName, 'program')}-`;
}

async function flushFolder(dir: string): Promise<void> {
  // Not every file system can flush a folder (Windows, some FAT drivers): the file itself was.
  const handle = await fs.open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

export async function createBackup(
  session: ProgramSession,
  destination: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  return session.exclusive(async () => {
    const open = session.requireOpen();
    const now = session.now();
    const dir = path.resolve(destination);
    await fs.mkdir(dir, { recursive: true }).catch(() => undefined);
    try {
      await fs.access(dir, fs.constants.W_OK);
    } catch {
      throw new AppError('VALIDATION', `PeerDesk cannot write to ${dir}. Choose another folder or drive.`);
    }

    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-backup-'));
    const snapshot = path.join(work, 'snapshot.db');
    try {
      // A consistent copy under the same key; nothing writes meanwhile (exclusive).
      await open.dataSource.query(`VACUUM INTO ?`, [snapshot]);
      const live = tableCounts(
        (open.dataSource.driver as unknown as { databaseConnection: InstanceType<typeof BetterSqlite3> })
          .databaseConnection,
      );
      const counts = checkSnapshot(snapshot, open.key, 'The snapshot');
      if (JSON.stringify(counts) !== JSON.stringify(live)) {
        throw new AppError(
          'VALIDATION',
          'The snapshot does not hold the same records as the program. Nothing was written.',
        );
      }
      const { size } = await fs.stat(snapshot);
      const applied = await appliedMigrationNames(open.dataSource);
      const manifest: BackupManifest = {
        appVersion: session.options.appVersion,
        schemaVersion: applied.at(-1) ?? 'none',
        createdAt: now.toISOString(),
        tableCounts: counts,
        snapshotBytes: size,
        snapshotSha256: await sha256OfFile(snapshot),
      };
      const header = encodePreambleAndHeader({ manifest, keySlots: await readKeySlotFile(session.folder.keyslots) });
      const total = header.length + size;
      if (total > FAT32_MAX_BYTES) {
        throw new AppError(
          'VALIDATION',
          'The backup would be 4 GB or more, which a FAT32 drive cannot hold. Use an exFAT or NTFS drive.',
        );
      }
      const free = await fs
        .statfs(dir)
        .then((stats) => stats.bavail * stats.bsize)
        .catch(() => Number.POSITIVE_INFINITY);
      if (free < total) {
        throw new AppError(
          'VALIDATION',
          `${dir} has not enough free space for the backup (${Math.ceil(total / 1024 ** 2)} MB needed).`,
        );
      }

      const finalName = `${backupFilePrefix(open.programName)}${stamp(now)}.pdbackup`;
      const finalPath = path.join(dir, finalName);
      const partial = path.join(dir, `.${finalName}.${randomBytes(4).toString('hex')}.partial`);
      try {
        const handle = await fs.open(partial, 'wx', 0o600);
        try {
          await handle.write(header);
          const source = await fs.open(snapshot, 'r');
          try {
            const chunk = Buffer.alloc(1024 * 1024);
            for (;;) {
              const { bytesRead } = await source.read(chunk, 0, chunk.length);
              if (bytesRead === 0) break;
              await handle.write(chunk.subarray(0, bytesRead));
            }
          } finally {
            await source.close();
          }
          await handle.sync();
        } finally {
          await handle.close();
        }
        // Read back from the drive: what it holds, not what was sent to it.
        const written = await fs.stat(partial);
        if (written.size !== total || (await sha256OfFile(partial, header.length)) !== manifest.snapshotSha256) {
          throw new AppError('VALIDATION', `The copy on ${dir} does not read back as written. Try another drive.`);
        }
        try {
          await fs.access(finalPath);
          throw new AppError('VALIDATION', `${finalName} already exists. Nothing was written.`);
        } catch (error) {
          if (error instanceof AppError) throw error;
        }
        await fs.rename(partial, finalPath);
        await flushFolder(dir);
      } catch (error) {
        await fs.rm(partial, { force: true });
        throw error;
      }

      await pruneGenerations(dir, backupFilePrefix(open.programName), options.generations ?? DEFAULT_GENERATIONS);
      await open.dataSource.transaction(async (manager) => {
        await manager.update(ProgramEntity, { id: 1 }, { lastBackupAt: now.toISOString() });
        await appendAudit(manager, 'backup.create', { host: session.options.host, file: finalName }, now);
      });
      return { file: finalPath, manifest };
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  });
}

/** Keeps the newest `keep` backups of this program in the folder (names sort by time). */
async function pruneGenerations(dir: string, prefix: string, keep: number): Promise<void> {
  const ours = (await fs.readdir(dir))
    .filter((name) => name.startsWith(prefix) && name.endsWith('.pdbackup'))
    .sort()
    .reverse();
  for (const name of ours.slice(Math.max(1, keep))) await fs.rm(path.join(dir, name), { force: true });
}
