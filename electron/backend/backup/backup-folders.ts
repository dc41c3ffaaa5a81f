// Where this program's backups went, kept beside the database in plain text so that the restore
// screen can find the newest backup when the database cannot be opened (damaged, or the passphrase
// lost). It holds folder paths only: no program name, no file name, nothing from the records.
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../crypto/atomic-write';
import type { BackupFound } from '../../../shared/api/backup';
import type { ProgramFolder } from '../services/program-folder';
import { listRemovableDrives } from './removable-drives';

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

/** PeerDesk-<program>-YYYYMMDD-HHMMSS.pdbackup; the time is UTC. */
const BACKUP_NAME = /^PeerDesk-.+-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.pdbackup$/;

function createdAtOfName(name: string): string | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
}

/** Backup files of any program in a folder (and `depth` levels below it), newest first. */
export async function backupsIn(dir: string, depth: number): Promise<BackupFound[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: BackupFound[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && depth > 0 && !entry.name.startsWith('.')) {
      found.push(...(await backupsIn(full, depth - 1)));
      continue;
    }
    const createdAt = entry.isFile() ? createdAtOfName(entry.name) : null;
    if (!createdAt) continue;
    const stats = await fs.stat(full).catch(() => null);
    if (stats) found.push({ file: full, fileName: entry.name, folder: dir, createdAt, bytes: stats.size });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Where backups usually are: the folders this program backed up to, and removable drives. */
export async function findBackups(folder: ProgramFolder): Promise<BackupFound[]> {
  const places = [
    ...(await backupFolders(folder)).map((dir) => ({ dir, depth: 0 })),
    ...(await listRemovableDrives()).map((drive) => ({ dir: drive.path, depth: 1 })),
  ];
  const byFile = new Map<string, BackupFound>();
  for (const place of places) {
    for (const found of await backupsIn(place.dir, place.depth)) byFile.set(found.file, found);
  }
  return [...byFile.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
