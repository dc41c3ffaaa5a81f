// The program session: locked or unlocked, the data key held only while unlocked, and every
// change of that state (setup, unlock, lock, passphrase change) made one at a time and audited.
// Reads of an open program (info, settings, audit check) live in program-queries.ts.
import type { DataSource } from 'typeorm';
import type { LockReason } from '../../../shared/api/events';
import type { ProgramStatus, SetupStarted, UnlockMethod, Unlocked } from '../../../shared/api/types';
import { appendAudit, type AuditAction, type AuditDetail } from '../audit/audit-log';
import type { ScryptCost } from '../crypto/kdf';
import {
  createPassphraseSlot,
  KeySlotFileError,
  openPassphraseSlot,
  openRecoverySlot,
  readKeySlotFile,
  UnwrapError,
  updateKeySlotFile,
  writeKeySlotFile,
  type KeySlotFile,
  type PassphraseSlot,
} from '../crypto/keyslots';
import { parseRecoveryKey } from '../crypto/recovery-key';
import type { BackupFound, RestoreSecret } from '../../../shared/api/backup';
import { isProgramsBackup, readBackupFile, unwrapBackupKey } from '../backup/backup-file';
import { BackupFileError } from '../backup/backup-format';
import { findBackups } from '../backup/backup-folders';
import { finishInterruptedRestore, placeStaged, stageRestore, undoRestore } from '../backup/restore-backup';
import { classifyDatabaseFailure } from '../db/database-failure';
import { openProgramDatabase } from '../db/data-source';
import { AppError, describeError, messages } from '../errors';
import type { BackendOptions } from '../index';
import { finishInterruptedSetup, inspectFolder, programFolder, type ProgramFolder } from './program-folder';
import { beginSetup, discardSetup, writeProgram, type PendingSetup } from './program-setup';
import { getProgram } from './program-store';
import { UnlockThrottle, withFailuresCleared } from './unlock-throttle';

export interface OpenProgram {
  dataSource: DataSource;
  key: Buffer;
  programName: string;
  autoLockMinutes: number;
  /** Written by the demo generator (the flag in its database). */
  isDemo: boolean;
}

export interface SessionOptions extends BackendOptions {
  now?: () => Date;
  /** Lower scrypt cost for fast tests; the cost is stored in the slot, so files stay valid. */
  scryptCost?: ScryptCost;
  /** How often the idle timer looks; tests call checkIdle() directly instead. */
  idleCheckMs?: number;
  /** This folder is the app's own demo folder: invented people, opened with a public passphrase. */
  demo?: boolean;
}

export class ProgramSession {
  readonly folder: ProgramFolder;
  readonly now: () => Date;
  private open: OpenProgram | null = null;
  private pending: PendingSetup | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Secrets tried on backups while locked (see throttledBackupSecret). */
  private guesses: Promise<unknown> = Promise.resolve();
  private lastActivity: number;
  private readonly idleTimer: NodeJS.Timeout;
  private readonly throttle: UnlockThrottle;

  constructor(readonly options: SessionOptions) {
    this.folder = programFolder(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.throttle = new UnlockThrottle(this.folder.keyslots, this.now);
    this.lastActivity = this.now().getTime();
    this.idleTimer = setInterval(() => {
      this.checkIdle().catch((error: unknown) => console.error('[peerdesk] idle lock failed:', describeError(error)));
    }, options.idleCheckMs ?? 5000);
    this.idleTimer.unref();
  }

  get isUnlocked(): boolean {
    return this.open !== null;
  }

  /** The open program, for reads; throws LOCKED while locked. */
  requireOpen(): OpenProgram {
    if (!this.open) throw new AppError('LOCKED', messages.locked);
    return this.open;
  }

  /** Runs state changes one at a time, so two unlocks cannot race past the throttle. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  touch(): void {
    this.lastActivity = this.now().getTime();
  }

  async checkIdle(): Promise<void> {
    const open = this.open;
    if (!open) return;
    if (this.now().getTime() - this.lastActivity >= open.autoLockMinutes * 60_000) await this.lock('idle');
  }

  async status(): Promise<ProgramStatus> {
    const base = {
      appVersion: this.options.appVersion,
      setupPending: this.pending !== null,
      demo: this.options.demo === true || this.open?.isDemo === true,
    };
    if (this.open) return { ...base, state: 'unlocked', retryAfterMs: 0, programName: this.open.programName };
    await this.finishInterrupted();
    const inspection = await inspectFolder(this.folder);
    const retryAfterMs = inspection.state === 'locked' ? this.throttle.retryAfterMs(inspection.slots) : 0;
    return { ...base, state: inspection.state, retryAfterMs };
  }

  setupBegin(input: { programName: string; leaderName: string; passphrase: string }): Promise<SetupStarted> {
    return this.exclusive(async () => {
      this.dropPendingSetup();
      const pending = await beginSetup(this.folder, input, this.now(), this.options.scryptCost);
      this.pending = pending;
      return {
        recoveryKey: pending.recoveryKey,
        programName: pending.programName,
        createdAt: pending.createdAt.toISOString(),
      };
    });
  }

  setupConfirm(recoveryKey: string): Promise<Unlocked> {
    return this.exclusive(async () => {
      const pending = this.pending;
      if (!pending) throw new AppError('SETUP_NOT_STARTED', messages.setupNotStarted);
      const parsed = parseRecoveryKey(recoveryKey);
      if (!parsed.ok && parsed.reason === 'checksum') {
        throw new AppError('RECOVERY_KEY_TYPO', messages.recoveryKeyTypo, {
          fieldErrors: { recoveryKey: [messages.recoveryKeyTypo] },
        });
      }
      if (!parsed.ok || !parsed.secret.equals(pending.recoverySecret)) {
        throw new AppError('RECOVERY_KEY_MISMATCH', messages.recoveryKeyMismatch, {
          fieldErrors: { recoveryKey: [messages.recoveryKeyMismatch] },
        });
      }
      await writeProgram(this.folder, pending, this.options.host);
      this.pending = null;
      pending.recoverySecret.fill(0);
      // The data key moves from the pending setup into the open program.
      return this.openWithKey(pending.dataKey, 'passphrase', null);
    });
  }

  setupCancel(): Promise<null> {
    return this.exclusive(async () => {
      this.dropPendingSetup();
      return null;
    });
  }

  private dropPendingSetup(): void {
    if (this.pending) discardSetup(this.pending);
    this.pending = null;
  }

  unlock(passphrase: string): Promise<Unlocked> {
    return this.exclusive(async () => {
      const slots = await this.slotsForUnlock();
      let key: Buffer;
      try {
        key = await openPassphraseSlot(slots.slots.passphrase, passphrase);
      } catch (error) {
        if (error instanceof UnwrapError)
          await this.throttle.fail('passphrase', 'WRONG_PASSPHRASE', messages.wrongPassphrase);
        throw error;
      }
      // Already open (a second window, a repeated click): the passphrase was still checked.
      if (this.open) {
        key.fill(0);
        return { programName: this.open.programName, method: 'passphrase' as const };
      }
      return this.openWithKey(key, 'passphrase', null);
    });
  }

  unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<Unlocked> {
    return this.exclusive(async () => {
      if (this.open) throw new AppError('VALIDATION', 'PeerDesk is already unlocked.');
      const slots = await this.slotsForUnlock();
      const parsed = parseRecoveryKey(recoveryKey);
      // A typo caught by the checksum is not a guess at the key, so it is not counted.
      if (!parsed.ok) {
        const message = parsed.reason === 'checksum' ? messages.recoveryKeyTypo : messages.recoveryKeyShape;
        throw new AppError('RECOVERY_KEY_TYPO', message, { fieldErrors: { recoveryKey: [message] } });
      }
      let key: Buffer;
      try {
        key = await openRecoverySlot(slots.slots.recovery, parsed.secret);
      } catch (error) {
        if (error instanceof UnwrapError) {
          await this.throttle.fail('recovery-key', 'WRONG_RECOVERY_KEY', messages.wrongRecoveryKey);
        }
        throw error;
      } finally {
        parsed.secret.fill(0);
      }
      const passphraseSlot = await createPassphraseSlot(key, newPassphrase, this.options.scryptCost, this.now());
      return this.openWithKey(key, 'recovery-key', passphraseSlot);
    });
  }

  private async readSlots(): Promise<KeySlotFile> {
    try {
      return await readKeySlotFile(this.folder.keyslots);
    } catch (error) {
      if (error instanceof KeySlotFileError) {
        throw error.reason === 'missing'
          ? new AppError('KEYSLOTS_MISSING', messages.keyslotsMissing, { cause: error })
          : new AppError('KEYSLOTS_UNREADABLE', messages.keyslotsUnreadable, { cause: error });
      }
      throw error;
    }
  }

  /** A setup or a restore cut off by a stop is finished before the folder is looked at. */
  private async finishInterrupted(): Promise<void> {
    await finishInterruptedRestore(this.folder);
    await finishInterruptedSetup(this.folder);
  }

  private async slotsForUnlock(): Promise<KeySlotFile> {
    await this.finishInterrupted();
    const inspection = await inspectFolder(this.folder);
    switch (inspection.state) {
      case 'needs-setup':
        throw new AppError('NOT_SET_UP', messages.notSetUp);
      case 'keyslots-missing':
        throw new AppError('KEYSLOTS_MISSING', messages.keyslotsMissing);
      case 'keyslots-unreadable':
        throw new AppError('KEYSLOTS_UNREADABLE', messages.keyslotsUnreadable);
      case 'database-missing':
        throw new AppError('DATABASE_MISSING', messages.databaseMissing);
      case 'locked':
        this.throttle.assertAllowed(inspection.slots);
        return inspection.slots;
    }
  }

  /**
   * Opens the database with an unwrapped key. The key file is rewritten (failures cleared, a new
   * passphrase slot) inside the transaction that audits it: if either fails, neither happens.
   */
  private async openWithKey(
    key: Buffer,
    method: UnlockMethod,
    newPassphraseSlot: PassphraseSlot | null,
    alsoRecord?: { action: AuditAction; detail: AuditDetail },
  ): Promise<Unlocked> {
    let dataSource: DataSource;
    try {
      dataSource = await openProgramDatabase(this.folder.database, key, { create: false });
    } catch (error) {
      key.fill(0);
      throw await this.withNewestBackup(error);
    }
    try {
      const host = this.options.host;
      const program = await dataSource.transaction(async (manager) => {
        const slots = await this.readSlots();
        for (const failure of slots.failedUnlocks.unrecorded) {
          await appendAudit(
            manager,
            'unlock.failed',
            { host, method: failure.method, attemptedAt: failure.at },
            this.now(),
          );
        }
        if (alsoRecord) await appendAudit(manager, alsoRecord.action, { host, ...alsoRecord.detail }, this.now());
        await appendAudit(manager, 'unlock', { host, method }, this.now());
        if (newPassphraseSlot)
          await appendAudit(manager, 'passphrase.change', { host, via: 'recovery-key' }, this.now());
        if (newPassphraseSlot || slots.failedUnlocks.count > 0) {
          const cleared = withFailuresCleared(slots);
          const passphrase = newPassphraseSlot ?? slots.slots.passphrase;
          await writeKeySlotFile(this.folder.keyslots, { ...cleared, slots: { ...slots.slots, passphrase } });
        }
        return getProgram(manager);
      });
      this.throttle.reset();
      this.open = {
        dataSource,
        key,
        programName: program.name,
        autoLockMinutes: program.autoLockMinutes,
        isDemo: program.isDemo,
      };
      this.touch();
      return { programName: program.name, method };
    } catch (error) {
      await dataSource.destroy().catch(() => undefined);
      key.fill(0);
      // Opened, then a page failed to read (the audit log, the program row): damage all the same.
      throw await this.withNewestBackup(classifyDatabaseFailure(error) ?? error);
    }
  }

  /**
   * The newest backup found that is this program's: made with the same recovery slot (a stick
   * may hold other programs' backups). When the key file cannot be read, the newest of any.
   */
  private async newestOwnBackup(): Promise<BackupFound | null> {
    const found = await findBackups(this.folder).catch(() => [] as BackupFound[]);
    const ours = await readKeySlotFile(this.folder.keyslots).catch(() => null);
    if (!ours) return found[0] ?? null;
    for (const candidate of found) if (await isProgramsBackup(candidate.file, ours)) return candidate;
    return null;
  }

  /** A damaged database: name the newest backup of this program PeerDesk can find, the way back. */
  async withNewestBackup(error: unknown): Promise<unknown> {
    if (!(error instanceof AppError) || error.code !== 'DATABASE_DAMAGED') return error;
    const newest = await this.newestOwnBackup();
    if (!newest) return error;
    const made = `${newest.createdAt.slice(0, 16).replace('T', ' ')} UTC`;
    return new AppError(
      'DATABASE_DAMAGED',
      `${error.message} The newest backup found is ${newest.fileName} in ${newest.folder} (made ${made}).`,
      { cause: error },
    );
  }

  lock(reason: LockReason): Promise<void> {
    return this.exclusive(() => this.closeOpen(reason));
  }

  /** Locks; call inside exclusive(). */
  private async closeOpen(reason: LockReason): Promise<void> {
    const open = this.open;
    if (!open) return;
    this.open = null;
    try {
      await open.dataSource.transaction((manager) =>
        appendAudit(manager, 'lock', { host: this.options.host, reason }, this.now()),
      );
    } catch (error) {
      // Locking must happen even when the lock cannot be recorded.
      console.error('[peerdesk] could not record the lock:', describeError(error));
    } finally {
      try {
        await open.dataSource.destroy();
      } finally {
        open.key.fill(0);
        this.options.emit?.('locked', { reason });
      }
    }
  }

  /**
   * Restores a backup into this program's folder and opens it. Everything about the backup is
   * checked before the current program is touched; it is then kept aside, not deleted, and put
   * back if the restored program does not open.
   */
  restore(file: string, secret: RestoreSecret, replace: boolean): Promise<Unlocked> {
    return this.exclusive(async () => {
      if (this.options.demo) throw new AppError('VALIDATION', 'Leave the demo before restoring a backup.');
      await this.finishInterrupted();
      if ((await inspectFolder(this.folder)).state !== 'needs-setup' && !replace) {
        const message = 'This computer already holds a program. Restoring the backup replaces it: confirm to go on.';
        throw new AppError('VALIDATION', message, { fieldErrors: { replace: [message] } });
      }
      const backup = await readBackupFile(file);
      const key = await unwrapBackupKey(backup, 'passphrase' in secret ? secret : { recoveryKey: secret.recoveryKey });
      try {
        const slot =
          'newPassphrase' in secret
            ? await createPassphraseSlot(key, secret.newPassphrase, this.options.scryptCost, this.now())
            : null;
        const staged = await stageRestore(this.folder, backup, key, slot, this.now());
        this.dropPendingSetup();
        await this.closeOpen('restore');
        try {
          await placeStaged(this.folder, staged);
          return await this.openWithKey(key, slot ? 'recovery-key' : 'passphrase', null, {
            action: 'backup.restore',
            detail: { file: backup.name, createdAt: backup.header.manifest.createdAt, replaced: replace },
          });
        } catch (error) {
          // Journalled: an undo that cannot finish now is finished at the next start.
          await undoRestore(this.folder, staged).catch((undoError: unknown) =>
            console.error('[peerdesk] the restore could not be undone yet:', describeError(undoError)),
          );
          throw error;
        }
      } catch (error) {
        key.fill(0);
        throw error;
      }
    });
  }

  /**
   * A secret tried on a backup while this computer holds a locked program. The backup's passphrase
   * is most often the program's own, so a wrong one counts and waits like a wrong one on the unlock
   * screen (kept in the key file, audited at the next unlock): the restore screen is no way around
   * the wait. With no program here there is nothing to guess at but the file itself.
   */
  throttledBackupSecret<T>(task: () => Promise<T>): Promise<T> {
    // One at a time, as unlocks are: guesses sent together must not all pass the check at once.
    const run = this.guesses.then(() => this.guessAtBackup(task));
    this.guesses = run.catch(() => undefined);
    return run;
  }

  private async guessAtBackup<T>(task: () => Promise<T>): Promise<T> {
    if (this.open) return task();
    const inspection = await inspectFolder(this.folder);
    if (inspection.state !== 'locked') return task();
    this.throttle.assertAllowed(inspection.slots);
    try {
      return await task();
    } catch (error) {
      // A recovery key mistyped (its checksum) is not a guess, as on the unlock screen.
      const mistyped: string[] = [messages.recoveryKeyTypo, messages.recoveryKeyShape];
      const typo = error instanceof Error && mistyped.includes(error.message);
      if (error instanceof BackupFileError && error.field !== 'file' && !typo) {
        const byPassphrase = error.field === 'secret.passphrase';
        await this.throttle.fail(
          byPassphrase ? 'passphrase' : 'recovery-key',
          byPassphrase ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_KEY',
          error.message,
          error.field,
        );
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.idleTimer);
    await this.lock('shutdown');
    this.dropPendingSetup();
  }

  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<null> {
    return this.exclusive(async () => {
      const open = this.requireOpen();
      const slots = await this.readSlots();
      // Checking the current passphrase is a guess like any other: throttled and counted.
      this.throttle.assertAllowed(slots);
      try {
        (await openPassphraseSlot(slots.slots.passphrase, currentPassphrase)).fill(0);
      } catch (error) {
        if (error instanceof UnwrapError) {
          await this.throttle.fail(
            'passphrase',
            'WRONG_PASSPHRASE',
            messages.currentPassphraseWrong,
            'currentPassphrase',
          );
        }
        throw error;
      }
      const passphrase = await createPassphraseSlot(open.key, newPassphrase, this.options.scryptCost, this.now());
      await open.dataSource.transaction(async (manager) => {
        await appendAudit(manager, 'passphrase.change', { host: this.options.host, via: 'passphrase' }, this.now());
        await updateKeySlotFile(this.folder.keyslots, (current) => {
          // Another process changed the passphrase meanwhile: do not silently undo its change.
          if (current.slots.passphrase.wrapped.ciphertext !== slots.slots.passphrase.wrapped.ciphertext) {
            throw new AppError('VALIDATION', messages.keyslotsChangedMeanwhile);
          }
          return { ...current, slots: { ...current.slots, passphrase } };
        });
      });
      return null;
    });
  }

  /** The documented way out to any SQLCipher 4 tool (CLI only; never a channel). Audited. */
  exportRawKey(): Promise<string> {
    return this.exclusive(async () => {
      const open = this.requireOpen();
      await open.dataSource.transaction((manager) =>
        appendAudit(manager, 'raw-key.export', { host: this.options.host }, this.now()),
      );
      return open.key.toString('hex');
    });
  }
}
