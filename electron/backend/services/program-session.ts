// The program session: locked or unlocked, the data key held only while unlocked, and every
// change of that state (setup, unlock, lock, passphrase change) made one at a time and audited.
import type { DataSource } from 'typeorm';
import type { LockReason } from '../../../shared/api/events';
import type {
  AuditVerification,
  ProgramInfo,
  ProgramStatus,
  Settings,
  SetupStarted,
  UnlockMethod,
  Unlocked,
} from '../../../shared/api/types';
import { appendAudit, verifyAuditChain } from '../audit/audit-log';
import type { ScryptCost } from '../crypto/kdf';
import {
  createPassphraseSlot,
  openPassphraseSlot,
  openRecoverySlot,
  readKeySlotFile,
  UnwrapError,
  writeKeySlotFile,
  type KeySlotFile,
} from '../crypto/keyslots';
import { parseRecoveryKey } from '../crypto/recovery-key';
import { appliedMigrationNames, openProgramDatabase } from '../db/data-source';
import { AppError, messages, throttledMessage } from '../errors';
import type { BackendOptions } from '../index';
import { inspectFolder, programFolder, type ProgramFolder } from './program-folder';
import { beginSetup, discardSetup, writeProgram, type PendingSetup } from './program-setup';
import { getProgram, recordCounts, toSettings, updateSettings } from './program-store';
import { assertNotThrottled, currentRetryAfterMs, recordFailedUnlock, withFailuresCleared } from './unlock-attempts';

interface OpenProgram {
  dataSource: DataSource;
  key: Buffer;
  programName: string;
  autoLockMinutes: number;
}

export interface SessionOptions extends BackendOptions {
  now?: () => Date;
  /** Lower scrypt cost for fast tests; the cost is stored in the slot, so files stay valid. */
  scryptCost?: ScryptCost;
  /** How often the idle timer looks; tests call checkIdle() directly instead. */
  idleCheckMs?: number;
}

export class ProgramSession {
  private readonly folder: ProgramFolder;
  private readonly now: () => Date;
  private open: OpenProgram | null = null;
  private pending: PendingSetup | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lastActivity: number;
  private readonly idleTimer: NodeJS.Timeout;

  constructor(private readonly options: SessionOptions) {
    this.folder = programFolder(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.lastActivity = this.now().getTime();
    this.idleTimer = setInterval(() => void this.checkIdle(), options.idleCheckMs ?? 5000);
    this.idleTimer.unref();
  }

  get isUnlocked(): boolean {
    return this.open !== null;
  }

  /** Runs state changes one at a time, so two unlocks cannot race past the throttle. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
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
    const base = { appVersion: this.options.appVersion, setupPending: this.pending !== null };
    if (this.open) return { ...base, state: 'unlocked', retryAfterMs: 0, programName: this.open.programName };
    const inspection = await inspectFolder(this.folder);
    const retryAfterMs = inspection.state === 'locked' ? currentRetryAfterMs(inspection.slots, this.now()) : 0;
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
      if (!pending) {
        throw new AppError('SETUP_NOT_STARTED', 'Setup was not started, or was cancelled. Start again.');
      }
      const parsed = parseRecoveryKey(recoveryKey);
      if (!parsed.ok && parsed.reason === 'checksum') {
        throw new AppError('RECOVERY_KEY_TYPO', messages.recoveryKeyTypo, {
          fieldErrors: { recoveryKey: [messages.recoveryKeyTypo] },
        });
      }
      if (!parsed.ok || !parsed.secret.equals(pending.recoverySecret)) {
        const message = 'That is not the recovery key shown above. Type it exactly as shown.';
        throw new AppError('RECOVERY_KEY_MISMATCH', message, { fieldErrors: { recoveryKey: [message] } });
      }
      await writeProgram(this.folder, pending, this.options.host);
      this.pending = null;
      pending.recoverySecret.fill(0);
      // The data key moves from the pending setup into the open program.
      const dataSource = await openProgramDatabase(this.folder.database, pending.dataKey, { create: false });
      return this.becomeUnlocked(dataSource, pending.dataKey, 'passphrase', []);
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
      if (this.open) return { programName: this.open.programName, method: 'passphrase' as const };
      const slots = await this.readSlotsForUnlock();
      let key: Buffer;
      try {
        key = await openPassphraseSlot(slots.slots.passphrase, passphrase);
      } catch (error) {
        if (error instanceof UnwrapError)
          await this.failUnlock('passphrase', 'WRONG_PASSPHRASE', messages.wrongPassphrase);
        throw error;
      }
      return this.openWithKey(key, slots, 'passphrase');
    });
  }

  unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<Unlocked> {
    return this.exclusive(async () => {
      if (this.open) throw new AppError('VALIDATION', 'PeerDesk is already unlocked.');
      const slots = await this.readSlotsForUnlock();
      const parsed = parseRecoveryKey(recoveryKey);
      // A typo caught by the checksum is not a guess at the key, so it is not counted.
      if (!parsed.ok) {
        const message =
          parsed.reason === 'checksum'
            ? messages.recoveryKeyTypo
            : 'A recovery key has 8 groups of 4 letters and digits.';
        throw new AppError('RECOVERY_KEY_TYPO', message, { fieldErrors: { recoveryKey: [message] } });
      }
      let key: Buffer;
      try {
        key = await openRecoverySlot(slots.slots.recovery, parsed.secret);
      } catch (error) {
        if (error instanceof UnwrapError)
          await this.failUnlock('recovery-key', 'WRONG_RECOVERY_KEY', messages.wrongRecoveryKey);
        throw error;
      } finally {
        parsed.secret.fill(0);
      }
      const passphraseSlot = await createPassphraseSlot(key, newPassphrase, this.options.scryptCost, this.now());
      return this.openWithKey(key, { ...slots, slots: { ...slots.slots, passphrase: passphraseSlot } }, 'recovery-key');
    });
  }

  private async readSlotsForUnlock(): Promise<KeySlotFile> {
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
        assertNotThrottled(inspection.slots, this.now());
        return inspection.slots;
    }
  }

  private async failUnlock(
    method: UnlockMethod,
    code: 'WRONG_PASSPHRASE' | 'WRONG_RECOVERY_KEY',
    message: string,
  ): Promise<never> {
    const wait = await recordFailedUnlock(this.folder.keyslots, method, this.now());
    const full = wait > 0 ? `${message} ${throttledMessage(wait)}` : message;
    throw new AppError(code, full, wait > 0 ? { retryAfterMs: wait } : {});
  }

  /** Opens the database with an unwrapped key, then saves the slots (cleared failures, new slot). */
  private async openWithKey(key: Buffer, slots: KeySlotFile, method: UnlockMethod): Promise<Unlocked> {
    let dataSource: DataSource;
    try {
      dataSource = await openProgramDatabase(this.folder.database, key, { create: false });
    } catch (error) {
      key.fill(0);
      throw error;
    }
    try {
      const failures = slots.failedUnlocks.unrecorded;
      const passphraseChanged = method === 'recovery-key';
      if (passphraseChanged || slots.failedUnlocks.count > 0) {
        await writeKeySlotFile(this.folder.keyslots, withFailuresCleared(slots));
      }
      return await this.becomeUnlocked(dataSource, key, method, failures, passphraseChanged);
    } catch (error) {
      await dataSource.destroy().catch(() => undefined);
      key.fill(0);
      throw error;
    }
  }

  private async becomeUnlocked(
    dataSource: DataSource,
    key: Buffer,
    method: UnlockMethod,
    failures: KeySlotFile['failedUnlocks']['unrecorded'],
    passphraseChanged = false,
  ): Promise<Unlocked> {
    const host = this.options.host;
    const program = await dataSource.transaction(async (manager) => {
      for (const failure of failures) {
        await appendAudit(
          manager,
          'unlock.failed',
          { host, method: failure.method, attemptedAt: failure.at },
          this.now(),
        );
      }
      await appendAudit(manager, 'unlock', { host, method }, this.now());
      if (passphraseChanged) await appendAudit(manager, 'passphrase.change', { host, via: 'recovery-key' }, this.now());
      return getProgram(manager);
    });
    this.open = { dataSource, key, programName: program.name, autoLockMinutes: program.autoLockMinutes };
    this.touch();
    return { programName: program.name, method };
  }

  lock(reason: LockReason): Promise<void> {
    return this.exclusive(async () => {
      const open = this.open;
      if (!open) return;
      this.open = null;
      try {
        await open.dataSource.transaction((manager) =>
          appendAudit(manager, 'lock', { host: this.options.host, reason }, this.now()),
        );
      } finally {
        await open.dataSource.destroy();
        open.key.fill(0);
        this.options.emit?.('locked', { reason });
      }
    });
  }

  async close(): Promise<void> {
    clearInterval(this.idleTimer);
    await this.lock('shutdown');
    this.dropPendingSetup();
  }

  private requireOpen(): OpenProgram {
    if (!this.open) throw new AppError('LOCKED', messages.locked);
    return this.open;
  }

  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<null> {
    return this.exclusive(async () => {
      const open = this.requireOpen();
      const slots = await readKeySlotFile(this.folder.keyslots);
      try {
        const key = await openPassphraseSlot(slots.slots.passphrase, currentPassphrase);
        key.fill(0);
      } catch (error) {
        if (error instanceof UnwrapError) {
          throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right.', {
            fieldErrors: { currentPassphrase: ['The current passphrase is not right.'] },
          });
        }
        throw error;
      }
      const passphrase = await createPassphraseSlot(open.key, newPassphrase, this.options.scryptCost, this.now());
      await writeKeySlotFile(this.folder.keyslots, { ...slots, slots: { ...slots.slots, passphrase } });
      await open.dataSource.transaction((manager) =>
        appendAudit(manager, 'passphrase.change', { host: this.options.host, via: 'passphrase' }, this.now()),
      );
      return null;
    });
  }

  async info(): Promise<ProgramInfo> {
    const { dataSource } = this.requireOpen();
    const manager = dataSource.manager;
    const program = await getProgram(manager);
    const applied = await appliedMigrationNames(dataSource);
    return {
      programName: program.name,
      leaderName: program.leaderName,
      createdAt: program.createdAt,
      appVersion: this.options.appVersion,
      schemaVersion: applied[applied.length - 1] ?? 'none',
      recordCounts: await recordCounts(manager),
      lastBackupAt: program.lastBackupAt,
    };
  }

  async getSettings(): Promise<Settings> {
    return toSettings(await getProgram(this.requireOpen().dataSource.manager));
  }

  updateSettings(settings: Settings): Promise<Settings> {
    return this.exclusive(async () => {
      const open = this.requireOpen();
      const saved = await open.dataSource.transaction((manager) => updateSettings(manager, settings));
      open.autoLockMinutes = saved.autoLockMinutes;
      return saved;
    });
  }

  async verifyAudit(): Promise<AuditVerification> {
    return verifyAuditChain(this.requireOpen().dataSource.manager);
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
