import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createPassphraseSlot,
  createRecoverySlot,
  KeySlotFileError,
  newKeySlotFile,
  openPassphraseSlot,
  openRecoverySlot,
  readKeySlotFile,
  UnwrapError,
  writeKeySlotFile,
} from '../../electron/backend/crypto/keyslots';
import { generateRecoverySecret } from '../../electron/backend/crypto/recovery-key';
import { FAST_SCRYPT, PASSPHRASE } from '../helpers/program';
import { tempDir } from '../helpers/temp-dir';

async function slotFile() {
  const dataKey = randomBytes(32);
  const secret = generateRecoverySecret();
  const file = newKeySlotFile(
    await createPassphraseSlot(dataKey, PASSPHRASE, FAST_SCRYPT),
    await createRecoverySlot(dataKey, secret),
  );
  return { dataKey, secret, file };
}

describe('key slots', () => {
  it('wraps the data key under the passphrase and unwraps it again', async () => {
    const { dataKey, file } = await slotFile();
    expect(file.slots.passphrase.kdf).toMatchObject({ name: 'scrypt', ...FAST_SCRYPT });
    expect(Buffer.from(file.slots.passphrase.wrapped.ciphertext, 'base64').equals(dataKey)).toBe(false);
    expect((await openPassphraseSlot(file.slots.passphrase, PASSPHRASE)).equals(dataKey)).toBe(true);
  });

  it('refuses a wrong passphrase through the GCM tag', async () => {
    const { file } = await slotFile();
    await expect(openPassphraseSlot(file.slots.passphrase, 'correct horse battery stapler')).rejects.toBeInstanceOf(
      UnwrapError,
    );
  });

  it('unwraps with the recovery key and refuses another one', async () => {
    const { dataKey, secret, file } = await slotFile();
    expect((await openRecoverySlot(file.slots.recovery, secret)).equals(dataKey)).toBe(true);
    await expect(openRecoverySlot(file.slots.recovery, generateRecoverySecret())).rejects.toBeInstanceOf(UnwrapError);
  });

  it.each([
    [
      'salt',
      (f: Awaited<ReturnType<typeof slotFile>>['file']) =>
        (f.slots.passphrase.kdf.salt = randomBytes(16).toString('base64')),
    ],
    ['cost', (f: Awaited<ReturnType<typeof slotFile>>['file']) => (f.slots.passphrase.kdf.N = 2 ** 11)],
    [
      'ciphertext',
      (f: Awaited<ReturnType<typeof slotFile>>['file']) =>
        (f.slots.passphrase.wrapped.ciphertext = randomBytes(32).toString('base64')),
    ],
    [
      'tag',
      (f: Awaited<ReturnType<typeof slotFile>>['file']) =>
        (f.slots.passphrase.wrapped.tag = randomBytes(16).toString('base64')),
    ],
  ])('refuses a slot whose %s was edited, even with the right passphrase', async (_part, edit) => {
    const { file } = await slotFile();
    edit(file);
    await expect(openPassphraseSlot(file.slots.passphrase, PASSPHRASE)).rejects.toBeInstanceOf(UnwrapError);
  });

  it('binds the slot parameters as associated data: a field the key derivation ignores still breaks the tag', async () => {
    const { file } = await slotFile();
    const slot = { ...file.slots.passphrase, kdf: { ...file.slots.passphrase.kdf, note: 'edited' } };
    await expect(openPassphraseSlot(slot, PASSPHRASE)).rejects.toBeInstanceOf(UnwrapError);
  });

  it('writes the file atomically, leaving no temporary file, and reads it back', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'keyslots.json');
    const { file } = await slotFile();
    await writeKeySlotFile(target, file);
    await writeKeySlotFile(target, { ...file, failedUnlocks: { count: 3, lastAt: null, unrecorded: [] } });
    expect(await fs.readdir(dir)).toEqual(['keyslots.json']);
    expect((await readKeySlotFile(target)).failedUnlocks.count).toBe(3);
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('tells a missing file from an unreadable one', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'keyslots.json');
    await expect(readKeySlotFile(target)).rejects.toMatchObject({ reason: 'missing' });
    await fs.writeFile(target, '{"format":"peerdesk-keyslots",');
    await expect(readKeySlotFile(target)).rejects.toMatchObject({ reason: 'unreadable' });
    await fs.writeFile(target, JSON.stringify({ format: 'something-else', version: 1 }));
    const error = await readKeySlotFile(target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeySlotFileError);
    expect(error).toMatchObject({ reason: 'unreadable' });
  });
});
