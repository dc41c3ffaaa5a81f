// `peerdesk backup --to FOLDER` and `peerdesk verify-backup FILE`: the app's verified backup, and
// the check of a backup file with its passphrase, from a terminal (a scheduled task, a script).
import path from 'node:path';
import { createBackup } from '../backend/backup/create-backup';
import { BackupFileError } from '../backend/backup/backup-format';
import { verifyBackup } from '../backend/backup/verify-backup';
import { AppError } from '../backend/errors';
import { CliError } from './cli-error';
import type { CliBackend, CommandContext } from './commands';
import { NEW_PASSPHRASE_ENV, promptVisible, readNewPassphrase, readPassphrase, RECOVERY_KEY_ENV } from './secrets';

export async function backup(backend: CliBackend, context: CommandContext, to: string | undefined): Promise<void> {
  if (!to) throw new CliError('backup needs --to FOLDER', 2);
  await backend.unlock(context);
  try {
    const { file } = await createBackup(backend.session, path.resolve(to));
    context.out(file);
  } catch (error) {
    throw error instanceof AppError ? new CliError(error.message) : error;
  }
}

export async function verifyBackupFile(context: CommandContext, file: string | undefined): Promise<void> {
  if (!file) throw new CliError('verify-backup needs the backup FILE', 2);
  const passphrase = await readPassphrase(context.passphraseFile, "The backup's passphrase: ");
  try {
    const manifest = await verifyBackup(path.resolve(file), passphrase);
    const records = Object.values(manifest.tableCounts).reduce((sum, n) => sum + n, 0);
    context.out(
      `${path.resolve(file)}: verified. Made ${manifest.createdAt} by PeerDesk ${manifest.appVersion}; ${records} records.`,
    );
  } catch (error) {
    throw error instanceof BackupFileError ? new CliError(error.message) : error;
  }
}

/** The recovery key from PEERDESK_RECOVERY_KEY, else typed (it is printed on paper: not hidden). */
async function readRecoveryKey(): Promise<string> {
  const fromEnv = process.env[RECOVERY_KEY_ENV];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new CliError(`No terminal to type the recovery key in: set ${RECOVERY_KEY_ENV}.`, 2);
  return promptVisible("The backup's recovery key: ");
}

export async function restore(
  backend: CliBackend,
  context: CommandContext,
  file: string | undefined,
  options: { replace: boolean; withRecoveryKey: boolean },
): Promise<void> {
  if (!file) throw new CliError('restore needs the backup FILE', 2);
  if (options.withRecoveryKey && context.passphraseFile) {
    throw new CliError(
      `--passphrase-file does not go with --with-recovery-key: give the new passphrase in ${NEW_PASSPHRASE_ENV}, or type it.`,
      2,
    );
  }
  // With the recovery key, the restored program gets a new passphrase, as in the app.
  const secret = options.withRecoveryKey
    ? { recoveryKey: await readRecoveryKey(), newPassphrase: await readNewPassphrase(NEW_PASSPHRASE_ENV) }
    : { passphrase: await readPassphrase(context.passphraseFile, "The backup's passphrase: ") };
  const resolved = path.resolve(file);
  const { programName } = await backend.call('backup.restore', { file: resolved, secret, replace: options.replace });
  const { recordCounts } = await backend.call('program.info', {});
  context.out(
    `Restored ${programName} from ${resolved} into ${context.dataDir}: ${recordCounts.participants} participants, ${recordCounts.peerSupporters} peer supporters.`,
  );
}

export const backupUsage = `  backup --to FOLDER                               a verified backup in FOLDER; prints its path
  verify-backup FILE                               check a backup file (asks for that backup's passphrase)
  restore FILE [--replace] [--with-recovery-key]   restore a backup into --data-dir (empty, or --replace
                                                   to keep the program there aside and replace it); with
                                                   the recovery key (PEERDESK_RECOVERY_KEY or prompt) and a
                                                   new passphrase (PEERDESK_NEW_PASSPHRASE or prompt)`;
