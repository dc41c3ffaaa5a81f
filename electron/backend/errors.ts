// Errors the services raise on purpose. The router turns them into `{ ok: false, error }`;
// anything else is an internal error whose details stay in the backend's own log.
import type { ApiError, ErrorCode } from '../../shared/api/errors';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: Record<string, string[]> | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fieldErrors?: Record<string, string[]>; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.retryAfterMs = extra.retryAfterMs;
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message };
    if (this.fieldErrors) error.fieldErrors = this.fieldErrors;
    if (this.retryAfterMs !== undefined) error.retryAfterMs = this.retryAfterMs;
    return error;
  }
}

/** The messages people see for the failures they must be able to tell apart. */
export const messages = {
  wrongPassphrase: 'That passphrase is not right. Check Caps Lock and try again.',
  wrongRecoveryKey: 'That recovery key does not open this program. Check it against the printed sheet.',
  recoveryKeyTypo:
    'That recovery key has a typing mistake (its check letters do not match). Check each group against the printed sheet.',
  keyslotsMissing:
    'The key file (keyslots.json) is missing from the program folder, so the records cannot be opened. Nothing was changed. Restore the program folder from your latest backup.',
  keyslotsUnreadable:
    'The key file (keyslots.json) in the program folder is damaged and cannot be read. Nothing was changed. Restore the program folder from your latest backup.',
  databaseMissing:
    'The program database (peerdesk.db) is missing from the program folder. Nothing was changed. Restore the program folder from your latest backup.',
  databaseDamaged:
    'The passphrase is right, but the program database is damaged and cannot be read. Nothing was changed. Restore your newest backup: choose “Restore from a backup”.',
  databaseDamagedInUse:
    'Part of the program database is damaged and cannot be read. Nothing was changed. Restore your newest backup: choose “Restore from a backup”.',
  databaseUnavailable:
    'The program database (peerdesk.db) is there but cannot be opened right now: the folder may be unreachable, read-only or in use by another PeerDesk. Nothing was changed. Close other copies of PeerDesk and check the folder, then try again.',
  databaseNewer:
    'This program database was written by a newer PeerDesk. Install the latest PeerDesk to open it; nothing was changed.',
  locked: 'PeerDesk is locked. Unlock it to continue.',
  setupNotStarted: 'Setup was not started, or was cancelled. Start again.',
  recoveryKeyMismatch: 'That is not the recovery key shown above. Type it exactly as shown.',
  recoveryKeyShape: 'A recovery key has 8 groups of 4 letters and digits.',
  currentPassphraseWrong: 'The current passphrase is not right.',
  keyslotsChangedMeanwhile:
    'The passphrase was changed elsewhere (another PeerDesk window or the command line) while this change was made. Nothing was changed here; try again.',
  failureNotRecorded:
    'PeerDesk could not record the failed attempt, because the key file (keyslots.json) cannot be written. Check that the program folder is writable.',
  notSetUp: 'No program has been set up in this folder yet.',
  alreadySetUp: 'A program already exists in this folder; PeerDesk never replaces one.',
} as const;

export function throttledMessage(retryAfterMs: number): string {
  const seconds = Math.ceil(retryAfterMs / 1000);
  return `Too many failed attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}

/** An error as it may be logged: its kind and message only, never the values it carries. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error thrown';
  const code = (error as { code?: unknown }).code;
  return [error.name, typeof code === 'string' ? code : null, error.message].filter(Boolean).join(' ');
}
