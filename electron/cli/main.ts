// The peerdesk command line: init, status, change-passphrase, raw-key, demo, report, backup,
// verify-backup and restore over the same backend the app uses. Errors are one clear line on stderr and a
// non-zero exit.
import { parseArgs } from 'node:util';
import packageJson from '../../package.json';
import { resolveDataDir } from '../backend/config/data-dir';
import { CliError } from './cli-error';
import { changePassphrase, CliBackend, init, rawKey, status, type CommandContext } from './commands';
import { backup, backupUsage, restore, verifyBackupFile } from './backup';
import { demo, demoRequest, demoUsage } from './demo';
import { report, reportRequest, reportUsage } from './report';

const usage = `Usage: peerdesk <command> [options]

Commands:
  init --program-name NAME [--leader-name NAME]   set up a new program; prints the recovery key once
  status [--json]                                  program name, versions, record counts, last backup
  change-passphrase                                set a new passphrase (PEERDESK_NEW_PASSPHRASE or prompt)
  raw-key                                          print the raw database key (for SQLCipher 4 tools)
${demoUsage}
${reportUsage}
${backupUsage}

Options:
  --data-dir DIR          the program folder (default: PEERDESK_DATA_DIR, then the app's folder)
  --passphrase-file FILE  read the passphrase from FILE (else PEERDESK_PASSPHRASE, else a prompt)
  -h, --help              show this help`;

async function run(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        'passphrase-file': { type: 'string' },
        'program-name': { type: 'string' },
        'leader-name': { type: 'string' },
        size: { type: 'string' },
        seed: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        sections: { type: 'string' },
        json: { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        'with-recovery-key': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message} (see peerdesk --help)`, 2);
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(`${usage}\n`);
    if (!command && !values.help) process.exitCode = 2;
    return;
  }
  const argument = command === 'verify-backup' || command === 'restore' ? positionals[1] : undefined;
  const extra = positionals[argument === undefined ? 1 : 2];
  if (extra !== undefined) throw new CliError(`Unexpected argument: ${extra} (see peerdesk --help)`, 2);
  const context: CommandContext = {
    dataDir: resolveDataDir(values['data-dir']),
    appVersion: packageJson.version,
    passphraseFile: values['passphrase-file'],
    out: (line) => process.stdout.write(`${line}\n`),
    warn: (line) => process.stderr.write(`${line}\n`),
  };
  const known = [
    'init',
    'status',
    'change-passphrase',
    'raw-key',
    'demo',
    'report',
    'backup',
    'verify-backup',
    'restore',
  ];
  if (!known.includes(command)) throw new CliError(`Unknown command: ${command} (see peerdesk --help)`, 2);
  if (command === 'init' && !values['program-name']) {
    throw new CliError('init needs --program-name NAME', 2);
  }
  const demoWanted = command === 'demo' ? demoRequest(values.size, values.seed) : null;
  const reportWanted = command === 'report' ? reportRequest(values) : null;
  const backend = new CliBackend(context);
  try {
    switch (command) {
      case 'init':
        await init(backend, context, {
          programName: values['program-name']!,
          leaderName: values['leader-name'] ?? 'Program leader',
        });
        break;
      case 'status':
        await status(backend, context, values.json);
        break;
      case 'change-passphrase':
        await changePassphrase(backend, context);
        break;
      case 'raw-key':
        await rawKey(backend, context);
        break;
      case 'demo':
        await demo(backend, context, demoWanted!);
        break;
      case 'report':
        await report(backend, context, reportWanted!);
        break;
      case 'backup':
        await backup(backend, context, values.to);
        break;
      case 'verify-backup':
        await verifyBackupFile(context, argument);
        break;
      case 'restore':
        await restore(backend, context, argument, {
          replace: values.replace,
          withRecoveryKey: values['with-recovery-key'],
        });
        break;
    }
  } finally {
    await backend.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof CliError ? error.message : `Unexpected error: ${(error as Error).message}`;
  process.stderr.write(`peerdesk: ${message}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
});
