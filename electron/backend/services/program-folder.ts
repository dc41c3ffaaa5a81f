// The program folder and what can be told about it without the passphrase.
import fs from 'node:fs/promises';
import path from 'node:path';
import { moveNoClobber } from '../crypto/atomic-write';
import { KeySlotFileError, readKeySlotFile, type KeySlotFile } from '../crypto/keyslots';

export const DATABASE_FILE = 'peerdesk.db';
export const KEYSLOTS_FILE = 'keyslots.json';
/** A database written by setup, moved into place as setup's last step. */
export const SETUP_DATABASE_PATTERN = /^\.peerdesk-setup-[0-9a-f]{12}\.db$/;

export interface ProgramFolder {
  dir: string;
  database: string;
  keyslots: string;
}

export function programFolder(dir: string): ProgramFolder {
  return { dir, database: path.join(dir, DATABASE_FILE), keyslots: path.join(dir, KEYSLOTS_FILE) };
}

/** Only "no such file" means absent: an unreadable folder must never look like a new one. */
async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    return true;
  }
}

export type FolderInspection =
  | { state: 'needs-setup' }
  | { state: 'locked'; slots: KeySlotFile }
  | { state: 'keyslots-missing' | 'keyslots-unreadable' | 'database-missing' };

/** Looks at the folder as it is now; never creates or changes anything. */
export async function inspectFolder(folder: ProgramFolder): Promise<FolderInspection> {
  const [hasDatabase, hasKeyslots] = await Promise.all([exists(folder.database), exists(folder.keyslots)]);
  if (!hasDatabase && !hasKeyslots) return { state: 'needs-setup' };
  if (!hasKeyslots) return { state: 'keyslots-missing' };
  let slots: KeySlotFile;
  try {
    slots = await readKeySlotFile(folder.keyslots);
  } catch (error) {
    if (error instanceof KeySlotFileError) {
      return { state: error.reason === 'missing' ? 'keyslots-missing' : 'keyslots-unreadable' };
    }
    throw error;
  }
  if (!hasDatabase) return { state: 'database-missing' };
  return { state: 'locked', slots };
}

/**
 * Setup writes the key file, then moves its finished database into place. If the computer
 * stopped between the two, the key file is there and the finished database sits beside it
 * under its setup name: finish the move, so the program that was set up opens.
 */
export async function finishInterruptedSetup(folder: ProgramFolder): Promise<void> {
  if (!(await exists(folder.keyslots)) || (await exists(folder.database))) return;
  let names: string[];
  try {
    names = await fs.readdir(folder.dir);
  } catch {
    return;
  }
  const candidates = names.filter((name) => SETUP_DATABASE_PATTERN.test(name));
  // The database is closed (its log folded in) before the key file is written: a leftover log
  // means this one was never finished, and two candidates cannot be told apart.
  if (candidates.length !== 1 || names.includes(`${candidates[0]}-wal`)) return;
  await moveNoClobber(path.join(folder.dir, candidates[0]), folder.database);
}
