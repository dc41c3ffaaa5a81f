// Restoring a backup into a program folder. The backup's snapshot and key slots are extracted and
// checked beside the program first; only then is a journal written and the swap made: the current
// program's files move into a "replaced-<time>" folder (kept, never deleted), the restored ones
// take their names. Two files cannot be swapped in one step, so the journal lets a restore cut
// off half way be finished at the next start; a restored program that does not open is undone.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { syncDirectory, writeFileAtomic } from '../crypto/atomic-write';
import { writeKeySlotFile, type KeySlotFile, type PassphraseSlot } from '../crypto/keyslots';
import type { ProgramFolder } from '../services/program-folder';
import { withFailuresCleared } from '../services/unlock-throttle';
import { checkExtractedSnapshot, extractSnapshot, type BackupFile } from './backup-file';
import type { SnapshotContents } from './snapshot-check';

const JOURNAL_FILE = 'restore-journal.json';
const STALE_STAGED_MS = 60 * 60 * 1000;

interface Journal {
  /** Staged files, by name in the program folder. */
  database: string;
  keyslots: string;
  /** The folder the current program's files move into. */
  aside: string;
  /** The swap is being undone (the restored program did not open, or a move failed). */
  undo?: true;
}

export interface StagedRestore extends Journal {
  contents: SnapshotContents;
}

const stamp = (at: Date) => at.toISOString().slice(0, 19).replace(/-|:/g, '').replace('T', '-');

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  );
}

/**
 * Extracts and checks the backup beside the program (the same drive, so placing it is a rename).
 * With a recovery key, `passphraseSlot` replaces the backup's passphrase slot.
 */
export async function stageRestore(
  folder: ProgramFolder,
  backup: BackupFile,
  key: Buffer,
  passphraseSlot: PassphraseSlot | null,
  now: Date,
): Promise<StagedRestore> {
  await fs.mkdir(folder.dir, { recursive: true, mode: 0o700 });
  const tag = randomBytes(6).toString('hex');
  const staged = {
    database: `.peerdesk-restore-${tag}.db`,
    keyslots: `.peerdesk-restore-${tag}.json`,
    aside: `replaced-${stamp(now)}-${tag.slice(0, 4)}`,
  };
  try {
    const database = path.join(folder.dir, staged.database);
    await extractSnapshot(backup, database);
    const contents = await checkExtractedSnapshot(backup, database, key);
    const slots: KeySlotFile = withFailuresCleared(backup.header.keySlots);
    if (passphraseSlot) slots.slots = { ...slots.slots, passphrase: passphraseSlot };
    await writeKeySlotFile(path.join(folder.dir, staged.keyslots), slots, { noClobber: true });
    return { ...staged, contents };
  } catch (error) {
    await discardStaged(folder, staged);
    throw error;
  }
}

async function discardStaged(folder: ProgramFolder, staged: Journal): Promise<void> {
  for (const name of [staged.database, `${staged.database}-wal`, `${staged.database}-shm`, staged.keyslots]) {
    await fs.rm(path.join(folder.dir, name), { force: true });
  }
}

/** Writes the journal, then swaps: from here a stop anywhere is finished at the next start. */
export async function placeStaged(folder: ProgramFolder, staged: StagedRestore): Promise<void> {
  const journal: Journal = { database: staged.database, keyslots: staged.keyslots, aside: staged.aside };
  await writeFileAtomic(path.join(folder.dir, JOURNAL_FILE), JSON.stringify(journal));
  await completeSwap(folder, journal);
}

/**
 * Each step can be run again: the current file for a role moves aside only while the restored
 * one for that role still waits under its staged name.
 */
async function completeSwap(folder: ProgramFolder, journal: Journal): Promise<void> {
  const staged = (name: string) => path.join(folder.dir, name);
  const aside = path.join(folder.dir, journal.aside);
  const moveAside = async (file: string) => {
    if (!(await exists(file))) return;
    await fs.mkdir(aside, { recursive: true, mode: 0o700 });
    await fs.rename(file, path.join(aside, path.basename(file)));
  };
  if (await exists(staged(journal.keyslots))) {
    await moveAside(folder.keyslots);
    await fs.rename(staged(journal.keyslots), folder.keyslots);
  }
  if (await exists(staged(journal.database))) {
    for (const suffix of ['', '-wal', '-shm']) await moveAside(`${folder.database}${suffix}`);
    await fs.rename(staged(journal.database), folder.database);
  }
  await syncDirectory(folder.dir);
  await fs.rm(path.join(folder.dir, JOURNAL_FILE), { force: true });
  await syncDirectory(folder.dir);
}

/**
 * Undoes the swap, whatever part of it was made; each step can be run again. A restored file that
 * took the program's name goes back to its staged name (a database's -wal and -shm first: a log
 * left beside another database would be replayed into it), then what was kept aside comes back.
 * Only files the journal names as restored are removed.
 */
async function completeUndo(folder: ProgramFolder, journal: Journal): Promise<void> {
  const staged = (name: string) => path.join(folder.dir, name);
  const roles: Array<[current: string, stagedName: string, suffixes: string[]]> = [
    [folder.keyslots, journal.keyslots, ['']],
    [folder.database, journal.database, ['-wal', '-shm', '']],
  ];
  for (const [current, stagedName, suffixes] of roles) {
    if (await exists(staged(stagedName))) continue;
    for (const suffix of suffixes) {
      if (await exists(`${current}${suffix}`)) await fs.rename(`${current}${suffix}`, staged(`${stagedName}${suffix}`));
    }
  }
  const aside = path.join(folder.dir, journal.aside);
  for (const name of await fs.readdir(aside).catch(() => [] as string[])) {
    await fs.rename(path.join(aside, name), path.join(folder.dir, name));
  }
  await fs.rmdir(aside).catch(() => undefined);
  await syncDirectory(folder.dir);
  // The journal goes before the staged files do: run again without them, the first step above
  // would take the program just put back for a restored one.
  await fs.rm(path.join(folder.dir, JOURNAL_FILE), { force: true });
  await syncDirectory(folder.dir);
  await discardStaged(folder, journal).catch(() => undefined);
}

/** Staged files a stop left behind (encrypted, hidden); only old ones, never a restore under way. */
async function sweepStaged(folder: ProgramFolder): Promise<void> {
  const names = await fs.readdir(folder.dir).catch(() => [] as string[]);
  for (const name of names.filter((found) => found.startsWith('.peerdesk-restore-'))) {
    const file = path.join(folder.dir, name);
    const stats = await fs.stat(file).catch(() => null);
    if (stats && Date.now() - stats.mtimeMs > STALE_STAGED_MS) await fs.rm(file, { force: true });
  }
}

/** A restore, or its undoing, stopped after its journal was written is finished. */
export async function finishInterruptedRestore(folder: ProgramFolder): Promise<void> {
  let journal: Journal;
  try {
    journal = JSON.parse(await fs.readFile(path.join(folder.dir, JOURNAL_FILE), 'utf8')) as Journal;
  } catch {
    await sweepStaged(folder);
    return;
  }
  const names = [journal.database, journal.keyslots, journal.aside];
  // Only names of the shapes this file writes: the journal must not move anything else.
  if (!names.every((name) => typeof name === 'string' && /^[.\w-]+$/.test(name) && !name.startsWith('..'))) return;
  if (journal.undo === true) await completeUndo(folder, journal);
  else await completeSwap(folder, journal);
}

/** The restored program did not open, or the swap failed half way: the program it replaced comes back. */
export async function undoRestore(folder: ProgramFolder, staged: Journal): Promise<void> {
  const journal: Journal = { database: staged.database, keyslots: staged.keyslots, aside: staged.aside, undo: true };
  await writeFileAtomic(path.join(folder.dir, JOURNAL_FILE), JSON.stringify(journal));
  await completeUndo(folder, journal);
}
