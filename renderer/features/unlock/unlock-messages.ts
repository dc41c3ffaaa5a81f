// What each unlock failure means, in words a program leader can act on. The backend's own
// message is the fallback for anything not listed.
import type { ErrorCode } from '../../../shared/api/errors';
import { ApiError, errorMessage } from '../../api/api-error';

export interface UnlockProblem {
  title: string;
  text: string;
}

const RESTORE = 'Nothing was changed or deleted.';

export const unlockProblems: Partial<Record<ErrorCode, UnlockProblem>> = {
  WRONG_PASSPHRASE: {
    title: 'Wrong passphrase',
    text: 'That passphrase is not right. Check that Caps Lock is off and try again.',
  },
  WRONG_RECOVERY_KEY: {
    title: 'Wrong recovery key',
    text: 'That recovery key does not open this program. Check it against the recovery sheet.',
  },
  RECOVERY_KEY_TYPO: {
    title: 'Typing mistake in the recovery key',
    text: 'A character is wrong, missing or extra. Check the key against the recovery sheet and type it again.',
  },
  THROTTLED: {
    title: 'Too many attempts',
    text: 'After several wrong attempts PeerDesk waits a little before the next one. Wait for the countdown, then try again.',
  },
  KEYSLOTS_MISSING: {
    title: 'The key file is missing',
    text: `The key file (keyslots.json) that sits beside the program's database is missing, so the program cannot be opened. Restore it from your latest backup. ${RESTORE}`,
  },
  KEYSLOTS_UNREADABLE: {
    title: 'The key file is damaged',
    text: `The key file (keyslots.json) that sits beside the program's database cannot be read. Restore it from your latest backup. ${RESTORE}`,
  },
  DATABASE_UNAVAILABLE: {
    title: 'The database cannot be opened right now',
    text: `The program's database is there but cannot be opened: its folder may be unreachable or read-only, or another PeerDesk may have it open. Close other copies of PeerDesk and check the folder, then try again. ${RESTORE}`,
  },
  DATABASE_NEWER: {
    title: 'Written by a newer PeerDesk',
    text: 'This program was last used with a newer version of PeerDesk. Install the latest PeerDesk to open it. Nothing was changed.',
  },
  DATABASE_MISSING: {
    title: 'The database is missing',
    text: `The program's database file (peerdesk.db) is not in its folder. Restore it from your latest backup. ${RESTORE}`,
  },
};

export function describeUnlockError(error: unknown): UnlockProblem {
  // The backend's message names the newest backup it found: the way back.
  if (error instanceof ApiError && error.code === 'DATABASE_DAMAGED') {
    return { title: 'The database could not be read', text: error.message };
  }
  if (error instanceof ApiError) {
    return unlockProblems[error.code] ?? { title: 'PeerDesk could not unlock', text: error.message };
  }
  return { title: 'PeerDesk could not unlock', text: errorMessage(error) };
}

/** The delay the backend asked for, if any. */
export function retryDelayOf(error: unknown): number {
  return error instanceof ApiError && error.retryAfterMs && error.retryAfterMs > 0 ? error.retryAfterMs : 0;
}
