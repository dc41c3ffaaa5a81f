// `peerdesk demo`: a complete demo program of invented people in an empty folder, set up like
// any program (passphrase, recovery key) and filled in one transaction, recorded in the audit log.
import fs from 'node:fs/promises';
import { setUpDemoProgram, type DemoRequest } from '../backend/demo/demo-program';
import { demoSizes } from '../backend/demo/generate';
import { AppError } from '../backend/errors';
import { CliError } from './cli-error';
import { showRecoveryKey, type CliBackend, type CommandContext } from './commands';
import { PASSPHRASE_ENV, readNewPassphrase } from './secrets';

export function demoRequest(size: string | undefined, seed: string | undefined): DemoRequest {
  if (size !== 'small' && size !== 'large') throw new CliError('demo needs --size small or --size large', 2);
  const parsed = seed === undefined ? 1 : Number(seed);
  if (!Number.isSafeInteger(parsed) || parsed < 0) throw new CliError('--seed must be a whole number, 0 or more', 2);
  return { size, seed: parsed };
}

/** Returns whether the folder exists (and is empty); refuses one with anything in it. */
async function assertEmptyFolder(dir: string): Promise<boolean> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new CliError(`Cannot use ${dir} for a demo program: ${(error as Error).message}`);
  }
  if (entries.length > 0) {
    throw new CliError(`${dir} is not empty; a demo program needs an empty or new folder. Nothing was changed.`);
  }
  return true;
}

export async function demo(backend: CliBackend, context: CommandContext, request: DemoRequest): Promise<void> {
  // Checked before the passphrase is asked for, so that a wrong folder costs nothing.
  const existed = await assertEmptyFolder(context.dataDir);
  const passphrase = await readNewPassphrase(PASSPHRASE_ENV, context.passphraseFile);
  const startedAt = performance.now();
  let demoProgram;
  try {
    demoProgram = await setUpDemoProgram(backend.session, passphrase, request);
  } catch (error) {
    if (!existed) await fs.rmdir(context.dataDir).catch(() => undefined);
    throw error instanceof AppError ? new CliError(error.message) : error;
  }
  showRecoveryKey(context, demoProgram.recoveryKey);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const { summary } = demoProgram;
  context.out(
    `Demo program "${demoProgram.programName}" (${request.size}, seed ${request.seed}) is set up in ${context.dataDir}: ` +
      `${summary.peerSupporters} peer supporters and ${summary.participants} participants ` +
      `with ${summary.consents} consents, ${summary.supervisionNotes} supervision notes, ${summary.matches} matches, ` +
      `${summary.contacts} contacts and ${summary.attempts} attempts, written in ${seconds} s.`,
  );
}

export const demoUsage = `  demo --size small|large [--seed N]              a demo program of invented people in an empty folder (small: ${demoSizes.small.participants} participants, large: ${demoSizes.large.participants})`;
