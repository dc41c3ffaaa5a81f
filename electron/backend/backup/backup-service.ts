// Backups as the app offers them: one running at a time with its progress and a way to cancel,
// where the last one went, the settings, the backups the restore screen can offer, and the
// restore test (the newest backup restored into a scratch folder, checked, then deleted).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BackupCreated, BackupDestinations, BackupStatus, RestoreTestResult } from '../../../shared/api/backup';
import { appendAudit } from '../audit/audit-log';
import { readKeySlotFile, type KeySlotFile } from '../crypto/keyslots';
import { verifyAuditChain } from '../audit/audit-log';
import { ProgramEntity, type ProgramRow } from '../db/entities/program';
import { AppError } from '../errors';
import { kindCounts } from '../services/record-kinds';
import { ProgramSession } from '../services/program-session';
import { getProgram, recordCounts } from '../services/program-store';
import { BackupFileError } from './backup-format';
import { backupsIn } from './backup-folders';
import { createBackup, isBackupOf } from './create-backup';
import { isProgramsBackup, readBackupFile } from './backup-file';
import { listRemovableDrives } from './removable-drives';

function statusOf(program: ProgramRow): BackupStatus {
  return {
    lastBackup:
      program.lastBackupAt && program.lastBackupFolder && program.lastBackupFile
        ? { at: program.lastBackupAt, folder: program.lastBackupFolder, fileName: program.lastBackupFile }
        : null,
    lastRestoreTest: program.lastRestoreTest,
    warningDays: program.backupWarningDays,
    backupOnQuitFolder: program.backupOnQuitFolder,
  };
}

export async function backupStatus(session: ProgramSession): Promise<BackupStatus> {
  return statusOf(await getProgram(session.requireOpen().dataSource.manager));
}

export async function backupDestinations(session: ProgramSession): Promise<BackupDestinations> {
  const program = await getProgram(session.requireOpen().dataSource.manager);
  return { drives: await listRemovableDrives(), lastFolder: program.lastBackupFolder };
}

export function updateBackupSettings(
  session: ProgramSession,
  input: { warningDays?: number; backupOnQuitFolder?: string | null },
): Promise<BackupStatus> {
  return session.exclusive(async () => {
    const open = session.requireOpen();
    return open.dataSource.transaction(async (manager) => {
      const changed: Partial<ProgramRow> = {};
      if (input.warningDays !== undefined) changed.backupWarningDays = input.warningDays;
      if (input.backupOnQuitFolder !== undefined) {
        changed.backupOnQuitFolder = input.backupOnQuitFolder && path.resolve(input.backupOnQuitFolder);
      }
      if (Object.keys(changed).length > 0) {
        await manager.update(ProgramEntity, { id: 1 }, changed);
        await appendAudit(
          manager,
          'settings.update',
          {
            host: session.options.host,
            ...(changed.backupWarningDays !== undefined ? { backupWarningDays: changed.backupWarningDays } : {}),
            ...(changed.backupOnQuitFolder !== undefined ? { backupOnQuit: changed.backupOnQuitFolder !== null } : {}),
          },
          session.now(),
        );
      }
      return statusOf(await getProgram(manager));
    });
  });
}

/** One backup at a time per program; the running one can be cancelled. */
export class BackupRunner {
  private running: AbortController | null = null;

  constructor(private readonly session: ProgramSession) {}

  async create(folder: string): Promise<BackupCreated> {
    if (this.running) throw new AppError('VALIDATION', 'A backup is already under way.');
    const controller = new AbortController();
    this.running = controller;
    try {
      const { file, manifest } = await createBackup(this.session, path.resolve(folder), {
        signal: controller.signal,
        onProgress: (progress) => this.session.options.emit?.('backup.progress', progress),
      });
      return {
        file,
        fileName: path.basename(file),
        createdAt: manifest.createdAt,
        recordCounts: kindCounts(manifest.tableCounts),
      };
    } finally {
      this.running = null;
    }
  }

  cancel(): null {
    this.running?.abort();
    return null;
  }
}

/** The newest backup of this program (its name and its recovery slot) where it last backed up. */
async function newestBackupOf(program: ProgramRow, keySlots: KeySlotFile): Promise<string | null> {
  if (!program.lastBackupFolder) return null;
  for (const found of await backupsIn(program.lastBackupFolder, 0)) {
    if (isBackupOf(found.fileName, program.name) && (await isProgramsBackup(found.file, keySlots))) return found.file;
  }
  return null;
}

/**
 * Restores the newest backup into a scratch folder exactly as a restore on a new computer would,
 * opens it, checks its audit chain and its records, then deletes the scratch copy. A wrong
 * passphrase is a typing error, not a result: it is refused and not recorded.
 */
export async function testRestore(session: ProgramSession, passphrase: string): Promise<RestoreTestResult> {
  const program = await getProgram(session.requireOpen().dataSource.manager);
  const file = await newestBackupOf(program, await readKeySlotFile(session.folder.keyslots));
  if (!file) {
    throw new AppError(
      'VALIDATION',
      program.lastBackupFolder
        ? `There is no backup of this program in ${program.lastBackupFolder} now. Connect the drive, or back up again.`
        : 'There is no backup to test yet. Back up first.',
    );
  }
  const scratchDir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-restore-test-'));
  const scratch = new ProgramSession({ ...session.options, dataDir: scratchDir, demo: false, emit: undefined });
  let result: RestoreTestResult;
  try {
    const expected = kindCounts((await readBackupFile(file)).header.manifest.tableCounts);
    await scratch.restore(file, { passphrase }, false);
    const manager = scratch.requireOpen().dataSource.manager;
    const chain = await verifyAuditChain(manager);
    if (!chain.intact) throw new BackupFileError(`${path.basename(file)} restored, but its audit log does not verify.`);
    const restored = await recordCounts(manager);
    // The restore itself adds its own entries to the restored copy's audit log.
    const differs = Object.keys(expected).filter(
      (kind) => kind !== 'auditLogEntries' && expected[kind] !== restored[kind],
    );
    if (differs.length > 0) {
      throw new BackupFileError(`${path.basename(file)} restored with different counts of ${differs.join(', ')}.`);
    }
    result = {
      at: session.now().toISOString(),
      ok: true,
      fileName: path.basename(file),
      message: `Restored and checked: ${restored.participants} participants, ${restored.peerSupporters} peer supporters, ${restored.contacts} contacts; the audit log verifies.`,
    };
  } catch (error) {
    if (error instanceof BackupFileError && error.field === 'secret.passphrase') {
      throw new AppError('WRONG_PASSPHRASE', error.message, { fieldErrors: { passphrase: [error.message] } });
    }
    if (!(error instanceof BackupFileError) && !(error instanceof AppError)) throw error;
    result = { at: session.now().toISOString(), ok: false, fileName: path.basename(file), message: error.message };
  } finally {
    await scratch.close().catch(() => undefined);
    await fs.rm(scratchDir, { recursive: true, force: true });
  }
  return session.exclusive(async () =>
    session.requireOpen().dataSource.transaction(async (manager) => {
      await manager.update(ProgramEntity, { id: 1 }, { lastRestoreTest: result });
      await appendAudit(
        manager,
        'backup.restore-test',
        { host: session.options.host, file: result.fileName, ok: result.ok },
        session.now(),
      );
      return result;
    }),
  );
}

/**
 * The backup on quit, when the program is open and a folder is set. A failure is reported, not
 * thrown: quitting goes on, and Home warns when the backups grow old.
 */
export async function backUpOnQuit(session: ProgramSession): Promise<string | null> {
  if (!session.isUnlocked || session.options.demo) return null;
  const { backupOnQuitFolder } = await getProgram(session.requireOpen().dataSource.manager);
  if (!backupOnQuitFolder) return null;
  try {
    return (await createBackup(session, backupOnQuitFolder)).file;
  } catch (error) {
    console.error(`[peerdesk] the backup on quit to ${backupOnQuitFolder} failed: ${(error as Error).message}`);
    return null;
  }
}
