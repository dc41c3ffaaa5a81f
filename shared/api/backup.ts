// Backups and restores as the UI sees them: where a backup can go, how one is going, what a
// backup file holds before anything is restored from it, and the restore drill's result.
import { z } from 'zod';
import { currentPassphraseSchema, passphraseSchema, recoveryKeyInputSchema } from './schemas';

/** A drive the operating system reports as removable (a USB stick, an SD card), mounted. */
export interface RemovableDrive {
  /** Where it is mounted: "E:\\", "/Volumes/STICK", "/media/anna/STICK". */
  path: string;
  /** Its volume label, or its path when it has none. */
  label: string;
  /** Free bytes, when the system tells. */
  freeBytes: number | null;
}

export interface BackupDestinations {
  /** Removable drives first: they are where a backup should go. */
  drives: RemovableDrive[];
  /** The folder the last verified backup went to. */
  lastFolder: string | null;
}

export type BackupStep = 'snapshot' | 'checking' | 'copying' | 'reading-back' | 'finishing';

export interface BackupProgress {
  step: BackupStep;
  /** 0 to 1, over the whole backup. */
  fraction: number;
}

export interface LastBackup {
  at: string;
  folder: string;
  fileName: string;
}

export interface RestoreTestResult {
  at: string;
  ok: boolean;
  fileName: string;
  /** What was found, or what was wrong. */
  message: string;
}

/** A backup file found where backups usually are, for the restore screen to offer. */
export interface BackupFound {
  file: string;
  fileName: string;
  folder: string;
  /** From the file's name. */
  createdAt: string;
  bytes: number;
}

export interface BackupStatus {
  lastBackup: LastBackup | null;
  lastRestoreTest: RestoreTestResult | null;
  /** Home warns when there has been no verified backup for this many days. */
  warningDays: number;
  /** When set, PeerDesk backs up to this folder when it quits. */
  backupOnQuitFolder: string | null;
}

export interface BackupCreated {
  file: string;
  fileName: string;
  createdAt: string;
  /** Records per kind, as the backup's manifest lists them. */
  recordCounts: Record<string, number>;
}

/** What a backup file holds, read with its secret, before anything changes. */
export interface BackupPreview {
  file: string;
  fileName: string;
  programName: string;
  createdAt: string;
  appVersion: string;
  recordCounts: Record<string, number>;
}

export const backupWarningDaysSchema = z
  .number({ error: 'Enter a number of days.' })
  .int({ error: 'Enter a whole number of days.' })
  .min(1, { error: 'At least 1 day.' })
  .max(90, { error: 'At most 90 days.' });

const pathSchema = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Choose ${what}.`)
    .max(4096, `That ${what} path is too long.`)
    .refine((value) => !value.includes('\0'), `That ${what} path is not valid.`)
    // A path relative to wherever the app happened to start would land somewhere unexpected.
    .refine(
      (value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value),
      `Give the whole path of ${what}, starting from the drive: for example E:\\Backups or /media/usb.`,
    );

export const backupFolderSchema = pathSchema('a folder');
export const backupFileSchema = pathSchema('a backup file');

export const backupCreateInput = z.object({ folder: backupFolderSchema }).strict();

export const backupSettingsInput = z
  .object({
    warningDays: backupWarningDaysSchema.optional(),
    /** null turns the backup on quit off. */
    backupOnQuitFolder: backupFolderSchema.nullable().optional(),
  })
  .strict();

/** The backup's own secret: the passphrase it was made under, or the program's recovery key. */
const backupSecretSchema = z.union([
  z.object({ passphrase: currentPassphraseSchema }).strict(),
  z.object({ recoveryKey: recoveryKeyInputSchema }).strict(),
]);

export const backupInspectInput = z.object({ file: backupFileSchema, secret: backupSecretSchema }).strict();

export const backupRestoreInput = z
  .object({
    file: backupFileSchema,
    /** With the recovery key, the restored program gets a new passphrase. */
    secret: z.union([
      z.object({ passphrase: currentPassphraseSchema }).strict(),
      z.object({ recoveryKey: recoveryKeyInputSchema, newPassphrase: passphraseSchema }).strict(),
    ]),
    /** Restoring over an existing program must be asked for. */
    replace: z.boolean(),
  })
  .strict();

export const backupTestRestoreInput = z.object({ passphrase: currentPassphraseSchema }).strict();

export type BackupSecret = z.infer<typeof backupSecretSchema>;
export type RestoreSecret = z.infer<typeof backupRestoreInput>['secret'];
