// Setting up a new program in two steps: begin (keys made, recovery key shown, nothing written)
// and confirm (the recovery key typed back; then the database and key file are written).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { syncDirectory } from '../crypto/atomic-write';
import type { ScryptCost } from '../crypto/kdf';
import {
  createPassphraseSlot,
  createRecoverySlot,
  newKeySlotFile,
  writeKeySlotFile,
  type PassphraseSlot,
  type RecoverySlot,
} from '../crypto/keyslots';
import { formatRecoveryKey, generateRecoverySecret } from '../crypto/recovery-key';
import { openProgramDatabase } from '../db/data-source';
import { AppError, messages } from '../errors';
import type { HostKind } from '../index';
import { inspectFolder, type ProgramFolder } from './program-folder';
import { insertProgram } from './program-store';

export interface PendingSetup {
  programName: string;
  leaderName: string;
  createdAt: Date;
  dataKey: Buffer;
  recoverySecret: Buffer;
  recoveryKey: string;
  passphraseSlot: PassphraseSlot;
  recoverySlot: RecoverySlot;
}

export async function assertFolderEmptyOfProgram(folder: ProgramFolder): Promise<void> {
  const inspection = await inspectFolder(folder);
  if (inspection.state !== 'needs-setup') throw new AppError('ALREADY_SET_UP', messages.alreadySetUp);
}

export async function beginSetup(
  folder: ProgramFolder,
  input: { programName: string; leaderName: string; passphrase: string },
  now: Date,
  scryptCost?: ScryptCost,
): Promise<PendingSetup> {
  await assertFolderEmptyOfProgram(folder);
  const dataKey = randomBytes(32);
  const recoverySecret = generateRecoverySecret();
  const [passphraseSlot, recoverySlot] = await Promise.all([
    createPassphraseSlot(dataKey, input.passphrase, scryptCost, now),
    createRecoverySlot(dataKey, recoverySecret, now),
  ]);
  return {
    programName: input.programName,
    leaderName: input.leaderName,
    createdAt: now,
    dataKey,
    recoverySecret,
    recoveryKey: formatRecoveryKey(recoverySecret),
    passphraseSlot,
    recoverySlot,
  };
}

export function discardSetup(pending: PendingSetup): void {
  pending.dataKey.fill(0);
  pending.recoverySecret.fill(0);
}

/**
 * Writes the program: the database under a setup name first, then the key file, then the move
 * that makes it a program. Neither step replaces an existing file. A stop before the key file
 * is written leaves no program; a stop after it is finished at the next start
 * (finishInterruptedSetup).
 */
export async function writeProgram(folder: ProgramFolder, pending: PendingSetup, host: HostKind): Promise<void> {
  await assertFolderEmptyOfProgram(folder);
  await fs.mkdir(folder.dir, { recursive: true, mode: 0o700 });
  const partial = path.join(folder.dir, `.peerdesk-setup-${randomBytes(6).toString('hex')}.db`);
  let wroteKeyslots = false;
  let moved = false;
  try {
    const dataSource = await openProgramDatabase(partial, pending.dataKey, { create: true });
    try {
      await dataSource.transaction(async (manager) => {
        await insertProgram(manager, {
          name: pending.programName,
          leaderName: pending.leaderName,
          createdAt: pending.createdAt,
        });
        await appendAudit(manager, 'program.setup', { host }, pending.createdAt);
      });
    } finally {
      await dataSource.destroy();
    }
    await fs.chmod(partial, 0o600);
    await writeKeySlotFile(folder.keyslots, newKeySlotFile(pending.passphraseSlot, pending.recoverySlot), {
      noClobber: true,
    });
    wroteKeyslots = true;
    // link() refuses an existing peerdesk.db; once it succeeds the program exists.
    await fs.link(partial, folder.database);
    moved = true;
    await syncDirectory(folder.dir);
  } finally {
    // A setup that failed part way leaves nothing that looks like a program, and removes only
    // what it wrote itself.
    if (wroteKeyslots && !moved) await fs.rm(folder.keyslots, { force: true });
    for (const suffix of ['', '-wal', '-shm', '-journal']) await fs.rm(partial + suffix, { force: true });
  }
}
