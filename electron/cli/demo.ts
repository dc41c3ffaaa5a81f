// `peerdesk demo`: a complete demo program of invented people in an empty folder, set up like
// any program (passphrase, recovery key) and filled in one transaction, recorded in the audit log.
import fs from 'node:fs/promises';
import { appendAudit } from '../backend/audit/audit-log';
import { DEMO_PROGRAM_NAME, demoSizes, generateDemoProgram, type DemoSize } from '../backend/demo/generate';
import { CliError } from './cli-error';
import { showRecoveryKey, type CliBackend, type CommandContext } from './commands';
import { PASSPHRASE_ENV, readNewPassphrase } from './secrets';

export interface DemoRequest {
  size: DemoSize;
  seed: number;
}

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

/** After a failed fill, the folder goes back to how it was: it held nothing of anyone's. */
async function removeDemo(backend: CliBackend, dir: string, existed: boolean): Promise<void> {
  await backend.close();
  const { database, keyslots } = backend.session.folder;
  for (const file of [database, `${database}-wal`, `${database}-shm`, keyslots]) await fs.rm(file, { force: true });
  if (!existed) await fs.rmdir(dir).catch(() => undefined);
}

export async function demo(backend: CliBackend, context: CommandContext, request: DemoRequest): Promise<void> {
  // Checked before the passphrase is asked for, so that a wrong folder costs nothing.
  const existed = await assertEmptyFolder(context.dataDir);
  const passphrase = await readNewPassphrase(PASSPHRASE_ENV, context.passphraseFile);
  const started = await backend.call('program.setupBegin', {
    programName: DEMO_PROGRAM_NAME,
    leaderName: 'Demo leader',
    passphrase,
  });
  showRecoveryKey(context, started.recoveryKey);
  // Invented people only: the key is shown, but not typed back as for a real program.
  await backend.call('program.setupConfirm', { recoveryKey: started.recoveryKey });
  const session = backend.session;
  const startedAt = performance.now();
  let summary;
  try {
    summary = await session.exclusive(() =>
      session.requireOpen().dataSource.transaction(async (manager) => {
        const written = await generateDemoProgram(manager, { ...request, now: session.now() });
        await appendAudit(
          manager,
          'program.demo',
          { host: session.options.host, ...request, ...written },
          session.now(),
        );
        return written;
      }),
    );
  } catch (error) {
    await removeDemo(backend, context.dataDir, existed);
    throw error;
  }
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  context.out(
    `Demo program "${started.programName}" (${request.size}, seed ${request.seed}) is set up in ${context.dataDir}: ` +
      `${summary.peerSupporters} peer supporters and ${summary.participants} participants, written in ${seconds} s.`,
  );
}

export const demoUsage = `  demo --size small|large [--seed N]              a demo program of invented people in an empty folder (small: ${demoSizes.small.participants} participants, large: ${demoSizes.large.participants})`;
