// "Back up now": a verified, encrypted backup in a folder (a USB stick, most often). The
// snapshot is written and checked locally, copied under a temporary name, flushed, read back and
// compared, and only then given its final name; older generations beyond the newest N are
// removed after that, never before. A failure at any step leaves no file with a final name.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { readKeySlotFile, type KeySlotFile } from '../crypto/keyslots';
import { AppError } from '../errors';
import { appliedMigrationNames } from '../db/data-source';
import { fileNamePart } from '../export/file-name';
import type { ProgramSession } from '../services/program-session';
import { ProgramEntity } from '../db/entities/program';
import { BackupFileError, encodePreambleAndHeader, type BackupManifest } from './backup-format';
import { isProgramsBackup } from './backup-file';
import { rememberBackupFolder } from './backup-folders';
import { runSnapshotJob } from './snapshot-jobs';
import { sha256OfFile } from './snapshot-check';
import type { BackupProgress, BackupStep } from '../../../shared/api/backup';

export const DEFAULT_GENERATIONS = 10;
/** FAT32 holds no file of 4 GiB or more. */
const FAT32_MAX_BYTES = 4 * 1024 ** 3 - 1;

export interface BackupOptions {
  /** Keep this many newest backups of this program in the folder. */
  generations?: number;
  onProgress?: (progress: BackupProgress) => void;
  /** Cancelling stops before the final name is given: only the earlier backups remain. */
  signal?: AbortSignal;
}

/** Where each step starts, as a share of the whole backup (copying and reading back are the long ones). */
const stepStarts: Record<BackupStep, number> = {
  snapshot: 0,
  checking: 0.25,
  copying: 0.4,
  'reading-back': 0.8,
  finishing: 0.95,
};
const stepOrder = Object.keys(stepStarts) as BackupStep[];

export interface BackupResult {
  file: string;
  manifest: BackupManifest;
}

const stamp = (at: Date) => at.toISOString().slice(0, 19).replace(/-|:/g, '').replace('T', '-');

/** A problem with where the backup goes: the message lands on the folder field. */
function destinationError(message: string): AppError {
  return new AppError('VALIDATION', message, { fieldErrors: { folder: [message] } });
}

function backupFilePrefix(programName: string): string {
  return `PeerDesk-${fileNamePart(programName, 'program')}-`;
}

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const head = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(head, 0, bytes, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The snapshot is made on this computer: its failures are about this computer's disk or the program. */
function snapshotError(error: unknown): unknown {
  if (error instanceof BackupFileError) {
    return new AppError(
      'VALIDATION',
      `The copy of the program did not pass its checks, so nothing was written: ${error.message} Restart PeerDesk and try again; if it happens again, the program database may be damaged.`,
    );
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError(
      'VALIDATION',
      `This computer's disk has no room for the backup's working copy (in ${os.tmpdir()}). Free some space and try again; nothing was written.`,
    );
  }
  return error;
}

/** A drive pulled out, full or turned read-only half way: said as such, on the folder field. */
function writeError(error: unknown, dir: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof AppError || typeof code !== 'string' || !code.startsWith('E')) return error;
  const why =
    code === 'ENOSPC'
      ? 'the drive is full'
      : code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
        ? 'the drive does not allow writing'
        : 'the drive stopped answering (was it removed?)';
  return destinationError(
    `The backup could not be written to ${dir}: ${why}. Nothing with a backup's name was left there; the earlier backups are as they were.`,
  );
}

async function flushFolder(dir: string): Promise<void> {
  // Not every file system can flush a folder (Windows, some FAT drivers): the file itself was.
  const handle = await fs.open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

const CANCELLED = 'The backup was cancelled. The earlier backups are as they were.';

export async function createBackup(
  session: ProgramSession,
  destination: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const report = (step: BackupStep, within = 0) => {
    const next = stepOrder[stepOrder.indexOf(step) + 1] as BackupStep | undefined;
    const end = next ? stepStarts[next] : 1;
    options.onProgress?.({ step, fraction: stepStarts[step] + (end - stepStarts[step]) * within });
  };
  /** Between steps: a cancelled backup stops here. */
  const progress = (step: BackupStep, within = 0) => {
    if (options.signal?.aborted) throw new AppError('CANCELLED', CANCELLED);
    report(step, within);
  };
  return session.exclusive(async () => {
    const open = session.requireOpen();
    const now = session.now();
    progress('snapshot');
    const dir = path.resolve(destination);
    // A new folder on a drive is made; a path whose parent is not there (a mistyped drive or
    // folder) is refused rather than built up, folder by folder, somewhere unexpected.
    if (
      !(await fs.stat(path.dirname(dir)).then(
        (stats) => stats.isDirectory(),
        () => false,
      ))
    ) {
      throw destinationError(`There is no folder ${path.dirname(dir)}. Check the path, or choose the drive again.`);
    }
    await fs.mkdir(dir).catch(() => undefined);
    try {
      if (!(await fs.stat(dir)).isDirectory()) throw new Error('not a folder');
      await fs.access(dir, fs.constants.W_OK);
    } catch {
      throw destinationError(`PeerDesk cannot write to ${dir}. Choose another folder or drive.`);
    }

    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-backup-'));
    const snapshot = path.join(work, 'snapshot.db');
    try {
      // A consistent copy under the same key, made and checked in a worker thread on connections
      // of its own; nothing writes meanwhile (exclusive). Cancel stops the worker.
      const { liveCounts: live, contents } = await runSnapshotJob(
        {
          kind: 'snapshot',
          database: session.folder.database,
          snapshot,
          what: 'The snapshot',
          key: new Uint8Array(open.key),
        },
        { signal: options.signal, cancelledMessage: CANCELLED, onStep: (step) => report(step) },
      ).catch((error: unknown) => {
        throw snapshotError(error);
      });
      const counts = contents.tableCounts;
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
      const keySlots = await readKeySlotFile(session.folder.keyslots);
      const header = encodePreambleAndHeader({ manifest, keySlots });
      const total = header.length + size;
      if (total > FAT32_MAX_BYTES) {
        throw destinationError(
          'The backup would be 4 GB or more, which a FAT32 drive cannot hold. Use an exFAT or NTFS drive.',
        );
      }
      const free = await fs
        .statfs(dir)
        .then((stats) => stats.bavail * stats.bsize)
        .catch(() => Number.POSITIVE_INFINITY);
      if (free < total) {
        throw destinationError(
          `${dir} has not enough free space for the backup (${Math.ceil(total / 1024 ** 2)} MB needed).`,
        );
      }

      progress('copying');
      const finalName = `${backupFilePrefix(open.programName)}${stamp(now)}.pdbackup`;
      const finalPath = path.join(dir, finalName);
      const partial = path.join(dir, `.${finalName}.${randomBytes(4).toString('hex')}.partial`);
      try {
        await removeLeftoverPartials(dir, open.programName);
        const handle = await fs.open(partial, 'wx', 0o600);
        try {
          await handle.write(header);
          const source = await fs.open(snapshot, 'r');
          try {
            const chunk = Buffer.alloc(1024 * 1024);
            for (let copied = 0; ;) {
              const { bytesRead } = await source.read(chunk, 0, chunk.length);
              if (bytesRead === 0) break;
              await handle.write(chunk.subarray(0, bytesRead));
              copied += bytesRead;
              progress('copying', copied / size);
            }
          } finally {
            await source.close();
          }
          await handle.sync();
        } finally {
          await handle.close();
        }
        // Read back from the drive: what it holds, not what was sent to it.
        progress('reading-back');
        const written = await fs.stat(partial);
        if (
          written.size !== total ||
          !(await readHead(partial, header.length)).equals(header) ||
          (await sha256OfFile(partial, header.length)) !== manifest.snapshotSha256
        ) {
          throw destinationError(`The copy on ${dir} does not read back as written. Try another drive.`);
        }
        progress('finishing');
        try {
          await fs.access(finalPath);
          throw new AppError('VALIDATION', `${finalName} already exists. Nothing was written.`);
        } catch (error) {
          if (error instanceof AppError) throw error;
        }
        await fs.rename(partial, finalPath);
        await flushFolder(dir);
      } catch (error) {
        await fs.rm(partial, { force: true }).catch(() => undefined);
        throw writeError(error, dir);
      }

      await open.dataSource.transaction(async (manager) => {
        await manager.update(
          ProgramEntity,
          { id: 1 },
          { lastBackupAt: now.toISOString(), lastBackupFolder: dir, lastBackupFile: finalName },
        );
        await appendAudit(manager, 'backup.create', { host: session.options.host, file: finalName }, now);
      });
      await rememberBackupFolder(session.folder, dir);
      // Recorded first: an old file that cannot be removed (held open, read-only) costs a little
      // room, never the record of a verified backup.
      await pruneGenerations(dir, open.programName, keySlots, finalName, options.generations ?? DEFAULT_GENERATIONS);
      options.onProgress?.({ step: 'finishing', fraction: 1 });
      return { file: finalPath, manifest };
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  });
}

/** Names made of this program's prefix and a time stamp only: "PeerDesk-Oak-" is not "PeerDesk-Oak-Street-". */
function ownNames(programName: string): { backup: RegExp; partial: RegExp } {
  const prefix = backupFilePrefix(programName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const backup = `${prefix}\\d{8}-\\d{6}\\.pdbackup`;
  return { backup: new RegExp(`^${backup}$`), partial: new RegExp(`^\\.${backup}\\.[0-9a-f]{8}\\.partial$`) };
}

export function isBackupOf(name: string, programName: string): boolean {
  return ownNames(programName).backup.test(name);
}

/**
 * A backup cut off by a crash or a pulled drive leaves its hidden partial file behind; never a
 * final name. This program's backups run one at a time, so any partial of its own is such a leftover.
 */
async function removeLeftoverPartials(dir: string, programName: string): Promise<void> {
  const { partial } = ownNames(programName);
  const leftovers = (await fs.readdir(dir)).filter((name) => partial.test(name));
  for (const name of leftovers) await fs.rm(path.join(dir, name), { force: true });
}

/**
 * Keeps the newest `keep` backups of this program in the folder (names sort by time), and always
 * the one just made, whatever the clock said. A backup counts as this program's when its name
 * says so and its recovery slot is this program's: two programs whose names make the same file
 * name never prune each other. A file that will not go is left for next time.
 */
async function pruneGenerations(
  dir: string,
  programName: string,
  keySlots: KeySlotFile,
  made: string,
  keep: number,
): Promise<void> {
  const named = (await fs.readdir(dir).catch(() => [] as string[]))
    .filter((name) => isBackupOf(name, programName) && name !== made)
    .sort()
    .reverse();
  const ours: string[] = [];
  for (const name of named) if (await isProgramsBackup(path.join(dir, name), keySlots)) ours.push(name);
  for (const name of ours.slice(Math.max(0, keep - 1))) {
    await fs.rm(path.join(dir, name), { force: true }).catch((error: unknown) => {
      console.error(
        `[peerdesk] an old backup could not be removed: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      );
    });
  }
}
