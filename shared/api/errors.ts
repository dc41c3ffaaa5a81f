// The error vocabulary that crosses the process boundary. Errors travel as data, never as
// thrown exceptions, so every host (Electron IPC, preview HTTP, CLI) reports them the same way.

export const errorCodes = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'LOCKED',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'SETUP_NOT_STARTED',
  'RECOVERY_KEY_MISMATCH',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'RECOVERY_KEY_TYPO',
  'THROTTLED',
  'KEYSLOTS_MISSING',
  'KEYSLOTS_UNREADABLE',
  'DATABASE_MISSING',
  'DATABASE_DAMAGED',
  'DATABASE_UNAVAILABLE',
  'DATABASE_NEWER',
  'FORBIDDEN',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) -> messages, for form errors. */
  fieldErrors?: Record<string, string[]>;
  /** For THROTTLED: how long until the next attempt is allowed. */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
