// Where this program's backups went, kept beside the database in plain text so that the restore
// screen can find the newest backup when the database cannot be opened (damaged, or the passphrase
// lost). It holds folder paths only: no program name, no file name, nothing from the records.
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../crypto/atomic-write';
import type { ProgramFolder } from '../services/program-folder';

const FOLDERS_FILE = 'backup-folders.json';
const KEEP = 5;
const foldersSchema = z.object({ folders: z.array(z.string()).max(KEEP) });

export async function backupFolders(folder: ProgramFolder): Promise<string[]> {
  try {
    const parsed = foldersSchema.safeParse(JSON.parse(await fs.readFile(path.join(folder.dir, FOLDERS_FILE), 'utf8')));
    return parsed.success ? parsed.data.folders : [];
  } catch {
    return [];
  }
}

/** The newest first. A failure to remember is not a failed backup: the backup is on the drive. */
export async function rememberBackupFolder(folder: ProgramFolder, dir: string): Promise<void> {
  const folders = [dir, ...(await backupFolders(folder)).filter((known) => known !== dir)].slice(0, KEEP);
  await writeFileAtomic(path.join(folder.dir, FOLDERS_FILE), JSON.stringify({ folders })).catch(() => undefined);
}
