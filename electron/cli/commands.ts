// The CLI's commands, each a thin use of the same router (and session) the app uses.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/channels';
import type { ProgramInfo } from '../../shared/api/types';
import { createRouter, type Router } from '../backend/api/router';
import { ProgramSession } from '../backend/services/program-session';
import { CliError } from './cli-error';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, promptVisible, readNewPassphrase, readPassphrase } from './secrets';

export interface CommandContext {
  dataDir: string;
  appVersion: string;
  passphraseFile: string | undefined;
  out: (line: string) => void;
  warn: (line: string) => void;
}

export class CliBackend {
  readonly session: ProgramSession;
  private readonly router: Router;

  constructor(context: CommandContext) {
    this.session = new ProgramSession({ dataDir: context.dataDir, appVersion: context.appVersion, host: 'cli' });
    this.router = createRouter(this.session);
  }

  async call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await this.router.handle(channel, input);
    if (!result.ok) throw new CliError(result.error.message);
    return result.value as ChannelOutput<C>;
  }

  async unlock(context: CommandContext): Promise<void> {
    const status = await this.call('program.status', {});
    if (status.state === 'needs-setup') {
      throw new CliError(`No program in ${context.dataDir}. Set one up with: peerdesk init --program-name NAME`);
    }
    const passphrase = await readPassphrase(context.passphraseFile);
    await this.call('program.unlock', { passphrase });
  }

  close(): Promise<void> {
    return this.session.close();
  }
}

export function showRecoveryKey(context: CommandContext, recoveryKey: string): void {
  context.out(`Recovery key: ${recoveryKey}`);
  context.out('');
  context.out('Write the recovery key down now and keep it somewhere safe, away from this computer.');
  context.out('It is shown only this once. With it you can set a new passphrase if the passphrase is');
  context.out('forgotten; without both, the records cannot be opened by anyone.');
  context.out('');
}

export async function init(
  backend: CliBackend,
  context: CommandContext,
  names: { programName: string; leaderName: string },
): Promise<void> {
  const passphrase = await readNewPassphrase(PASSPHRASE_ENV, context.passphraseFile);
  const started = await backend.call('program.setupBegin', { ...names, passphrase });
  // Shown before anything is written, so that no program can exist whose key nobody saw.
  showRecoveryKey(context, started.recoveryKey);
  // In a terminal the person types it back, as in the app; a script has nobody to ask.
  if (!process.stdin.isTTY) {
    await backend.call('program.setupConfirm', { recoveryKey: started.recoveryKey });
  } else {
    for (let attempt = 1; ; attempt += 1) {
      const typed = await promptVisible('Type the recovery key back to finish: ');
      try {
        await backend.call('program.setupConfirm', { recoveryKey: typed });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        context.warn((error as Error).message);
      }
    }
  }
  context.out(`Program "${started.programName}" is set up in ${context.dataDir}.`);
}

export function statusObject(info: ProgramInfo, dataDir: string) {
  return {
    programName: info.programName,
    demo: info.isDemo,
    appVersion: info.appVersion,
    schemaVersion: info.schemaVersion,
    recordCounts: info.recordCounts,
    lastBackupAt: info.lastBackupAt,
    dataDir,
  };
}

export async function status(backend: CliBackend, context: CommandContext, json: boolean): Promise<void> {
  await backend.unlock(context);
  const info = await backend.call('program.info', {});
  const summary = statusObject(info, context.dataDir);
  if (json) {
    context.out(JSON.stringify(summary));
    return;
  }
  const counts = Object.entries(summary.recordCounts).map(([kind, n]) => `${kind} ${n}`);
  context.out(`Program:        ${summary.programName}${summary.demo ? ' (DEMO: invented people only)' : ''}`);
  context.out(`App version:    ${summary.appVersion}`);
  context.out(`Schema version: ${summary.schemaVersion}`);
  context.out(`Records:        ${counts.join(', ')}`);
  context.out(`Last backup:    ${summary.lastBackupAt ?? 'never'}`);
  context.out(`Data folder:    ${summary.dataDir}`);
}

export async function changePassphrase(backend: CliBackend, context: CommandContext): Promise<void> {
  const status = await backend.call('program.status', {});
  if (status.state === 'needs-setup') throw new CliError(`No program in ${context.dataDir}.`);
  const currentPassphrase = await readPassphrase(context.passphraseFile, 'Current passphrase: ');
  await backend.call('program.unlock', { passphrase: currentPassphrase });
  const newPassphrase = await readNewPassphrase(NEW_PASSPHRASE_ENV);
  await backend.call('program.changePassphrase', { currentPassphrase, newPassphrase });
  context.out('The passphrase was changed. The recovery key stays the same.');
}

export async function rawKey(backend: CliBackend, context: CommandContext): Promise<void> {
  await backend.unlock(context);
  const key = await backend.session.exportRawKey();
  context.warn('WARNING: this is the raw key of the program database. Anyone who has it and the');
  context.warn('peerdesk.db file can read every record, with no passphrase. Do not save it in a file');
  context.warn('on this computer, send it, or print it. This export was recorded in the audit log.');
  context.warn(`To open the database in a SQLCipher 4 tool: PRAGMA key = "x'<the key>'";`);
  context.out(key);
}
