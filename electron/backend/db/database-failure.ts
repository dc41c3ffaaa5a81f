// What a failure of the program database means to the person: damaged (restore a backup) or
// unavailable (the file is fine but cannot be reached now). Used when opening and when a page read
// later fails, so damage found mid-work is reported the same way as damage found at unlock.
import { AppError, messages } from '../errors';

/** The file opened with the right key but is not a PeerDesk program database. */
export class NotAProgramError extends Error {
  constructor(reason: string) {
    super(`Not a PeerDesk program database: ${reason}`);
    this.name = 'NotAProgramError';
  }
}

/**
 * Damaged (restore a backup) versus unavailable (the file is fine but cannot be opened now:
 * permissions, a dropped network folder, another process holding it). Telling a person to
 * restore a backup over a good database would be the worst answer.
 */
export function classifyDatabaseFailure(error: unknown, when: 'open' | 'in-use' = 'open'): AppError | null {
  const damaged = when === 'open' ? messages.databaseDamaged : messages.databaseDamagedInUse;
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof AppError) return e;
    if (e instanceof NotAProgramError) return new AppError('DATABASE_DAMAGED', damaged, { cause: error });
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') {
        return new AppError('DATABASE_DAMAGED', damaged, { cause: error });
      }
      if (
        code.startsWith('SQLITE_CANTOPEN') ||
        code.startsWith('SQLITE_BUSY') ||
        code.startsWith('SQLITE_READONLY') ||
        code === 'SQLITE_PERM'
      ) {
        return new AppError('DATABASE_UNAVAILABLE', messages.databaseUnavailable, { cause: error });
      }
    }
    if (/file is not a database|malformed/i.test(e.message)) {
      return new AppError('DATABASE_DAMAGED', damaged, { cause: error });
    }
  }
  return null;
}
