// Where the CLI gets passphrases: --passphrase-file, then PEERDESK_PASSPHRASE, then a hidden
// terminal prompt. A new passphrase: PEERDESK_NEW_PASSPHRASE, then a prompt asked twice.
import fs from 'node:fs/promises';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { CliError } from './cli-error';

export const PASSPHRASE_ENV = 'PEERDESK_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'PEERDESK_NEW_PASSPHRASE';
export const RECOVERY_KEY_ENV = 'PEERDESK_RECOVERY_KEY';

export async function promptVisible(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.question(question, resolve));
  } finally {
    rl.close();
  }
}

export async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new CliError(`No terminal to ask for the passphrase: set ${PASSPHRASE_ENV} or use --passphrase-file.`);
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = new Promise<string>((resolve) => rl.question(question, resolve));
    muted = true;
    const value = await answer;
    process.stderr.write('\n');
    return value;
  } finally {
    rl.close();
  }
}

async function fromFile(file: string): Promise<string> {
  try {
    const text = await fs.readFile(file, 'utf8');
    // One line: a trailing newline from an editor is not part of the passphrase.
    return text.replace(/\r?\n$/, '');
  } catch (error) {
    throw new CliError(`Cannot read the passphrase file ${file}: ${(error as Error).message}`);
  }
}

export async function readPassphrase(passphraseFile: string | undefined, prompt = 'Passphrase: '): Promise<string> {
  if (passphraseFile) return fromFile(passphraseFile);
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  return promptHidden(prompt);
}

async function promptNewTwice(): Promise<string> {
  const first = await promptHidden('New passphrase: ');
  const second = await promptHidden('New passphrase again: ');
  if (first !== second) throw new CliError('The two new passphrases are not the same; nothing was changed.');
  return first;
}

export async function readNewPassphrase(envName: string, passphraseFile?: string): Promise<string> {
  if (passphraseFile) return fromFile(passphraseFile);
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  return promptNewTwice();
}
