// The process the crash suite kills. It runs the real backend on a program folder and says on
// stdout what it has finished, one line per step, only after the step is durable:
//   commits     "commit N" after transaction N (a participant, the counter, an audit entry) committed
//   backup      "backup FILE" after each verified backup
//   passphrase  "passphrase N" after each change, from passphrase N - 1 to N
//   migration   "migrated" once the unlock has run every migration
// Every mode first prints "ready" when its first step is about to start. Bundled once by harness.ts.
import { createBackup } from '../../electron/backend/backup/create-backup';
import { ProgramSession } from '../../electron/backend/services/program-session';
import { commitNumbered, crashPassphrase, type ChildTask } from './child-task';

const task = JSON.parse(process.argv[2] ?? '{}') as ChildTask;
const say = (line: string) => process.stdout.write(`${line}\n`);

// Each reading of the clock is a second later: backups made in one real second keep distinct names.
let tick = 0;
const session = new ProgramSession({
  dataDir: task.dir,
  appVersion: '0.0.0-crash',
  host: 'cli',
  now: () => new Date(task.clockStart + 1000 * tick++),
  scryptCost: { N: 2 ** 10, r: 8, p: 1 },
  idleCheckMs: 60 * 60 * 1000,
});

async function commits(): Promise<void> {
  const { dataSource } = session.requireOpen();
  let n = Number(
    await dataSource.query('SELECT n FROM crash_counter WHERE id = 1').then((rows: Array<{ n: number }>) => rows[0]?.n),
  );
  say('ready');
  for (;;) {
    n += 1;
    await commitNumbered(session, n);
    say(`commit ${n}`);
  }
}

async function backups(): Promise<void> {
  say('ready');
  for (;;) {
    const { file } = await createBackup(session, task.backupFolder ?? '', { generations: 3 });
    say(`backup ${file}`);
  }
}

async function passphrases(): Promise<void> {
  let n = task.passphraseNumber ?? 0;
  say('ready');
  for (;;) {
    await session.changePassphrase(crashPassphrase(n), crashPassphrase(n + 1));
    n += 1;
    say(`passphrase ${n}`);
  }
}

async function main(): Promise<void> {
  if (task.mode === 'migration') say('ready');
  await session.unlock(task.passphrase);
  if (task.mode === 'migration') {
    say('migrated');
    await session.close();
    return;
  }
  if (task.mode === 'commits') await commits();
  if (task.mode === 'backup') await backups();
  if (task.mode === 'passphrase') await passphrases();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `crash child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(2);
});
