// The channels of backups and restores. A refused backup file answers as a field error on the
// file or the secret at fault, with the message that names the file.
import type { HandlerGroup } from '../api/handlers';
import { AppError } from '../errors';
import type { ProgramSession } from '../services/program-session';
import { BackupFileError } from './backup-format';
import { BackupRunner, backupDestinations, backupStatus, testRestore, updateBackupSettings } from './backup-service';
import { verifyBackupWith } from './verify-backup';
import { findBackups } from './backup-folders';

async function refusingFiles<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (!(error instanceof BackupFileError)) throw error;
    throw new AppError(error.field === 'file' ? 'VALIDATION' : 'WRONG_PASSPHRASE', error.message, {
      fieldErrors: { [error.field]: [error.message] },
    });
  }
}

export function backupHandlers(session: ProgramSession) {
  const runner = new BackupRunner(session);
  return {
    'backup.status': () => backupStatus(session),
    'backup.destinations': () => backupDestinations(session),
    'backup.create': (input) => runner.create(input.folder),
    'backup.cancel': () => Promise.resolve(runner.cancel()),
    'backup.updateSettings': (input) => updateBackupSettings(session, input),
    'backup.testRestore': (input) => refusingFiles(() => testRestore(session, input.passphrase)),
    'backup.found': () => findBackups(session.folder),
    // While locked these take guesses at a passphrase: they wait and count as the unlock does.
    'backup.inspect': (input) =>
      refusingFiles(() =>
        session.throttledBackupSecret(async () => (await verifyBackupWith(input.file, input.secret)).preview),
      ),
    'backup.restore': (input) =>
      refusingFiles(() =>
        session.throttledBackupSecret(() => session.restore(input.file, input.secret, input.replace)),
      ),
  } satisfies HandlerGroup;
}
