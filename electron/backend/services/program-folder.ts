// The program folder and what can be told about it without the passphrase.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ProgramState } from '../../../shared/api/types';
import { KeySlotFileError, readKeySlotFile, type KeySlotFile } from '../crypto/keyslots';

export const DATABASE_FILE = 'peerdesk.db';
export const KEYSLOTS_FILE = 'keyslots.json';

export interface ProgramFolder {
  dir: string;
  database: string;
  keyslots: string;
}

export function programFolder(dir: string): ProgramFolder {
  return { dir, database: path.join(dir, DATABASE_FILE), keyslots: path.join(dir, KEYSLOTS_FILE) };
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
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

export function isProblemState(state: ProgramState): boolean {
  return state === 'keyslots-missing' || state === 'keyslots-unreadable' || state === 'database-missing';
}
