// keyslots.json: the database key, wrapped with AES-256-GCM once under the passphrase and once
// under the recovery key. The slot's own parameters are bound in as associated data, so an
// edited salt, cost or kind fails the tag just as a wrong passphrase does.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write';
import {
  base64Of,
  DEFAULT_SCRYPT_COST,
  deriveFromPassphrase,
  deriveFromRecoveryKey,
  hkdfParamsSchema,
  KEY_LENGTH,
  scryptParamsSchema,
  type ScryptCost,
} from './kdf';

const FORMAT = 'peerdesk-keyslots';
const VERSION = 1;
const TAG_LENGTH = 16;

const wrappedSchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  iv: base64Of(12),
  tag: base64Of(TAG_LENGTH),
  ciphertext: base64Of(KEY_LENGTH),
});

const passphraseSlotSchema = z.object({
  kind: z.literal('passphrase'),
  kdf: scryptParamsSchema,
  wrapped: wrappedSchema,
  updatedAt: z.string(),
});
const recoverySlotSchema = z.object({
  kind: z.literal('recovery'),
  kdf: hkdfParamsSchema,
  wrapped: wrappedSchema,
  updatedAt: z.string(),
});

const failedAttemptSchema = z.object({
  at: z.string(),
  method: z.enum(['passphrase', 'recovery-key']),
});
export type FailedAttempt = z.infer<typeof failedAttemptSchema>;

// Loose: fields a later PeerDesk adds survive this version's rewrites of the file.
export const keySlotFileSchema = z.looseObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  slots: z.object({ passphrase: passphraseSlotSchema, recovery: recoverySlotSchema }),
  /** Failed unlocks, kept here because the database cannot be written without the key. */
  failedUnlocks: z.object({
    count: z.number().int().min(0),
    lastAt: z.string().nullable(),
    /** Not yet copied into the audit log (done at the next unlock); capped. */
    unrecorded: z.array(failedAttemptSchema).max(1000),
  }),
});
export type KeySlotFile = z.infer<typeof keySlotFileSchema>;
export type PassphraseSlot = z.infer<typeof passphraseSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;
type Wrapped = z.infer<typeof wrappedSchema>;

export class KeySlotFileError extends Error {
  constructor(
    readonly reason: 'missing' | 'unreadable',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KeySlotFileError';
  }
}

/** The GCM tag did not verify: wrong secret, or an edited slot. */
export class UnwrapError extends Error {
  constructor() {
    super('The key slot could not be opened with that secret.');
    this.name = 'UnwrapError';
  }
}

function associatedData(kind: string, kdf: object): Buffer {
  return Buffer.from(JSON.stringify({ format: FORMAT, version: VERSION, kind, kdf }), 'utf8');
}

function wrap(dataKey: Buffer, wrappingKey: Buffer, aad: Buffer): Wrapped {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

function unwrap(wrapped: Wrapped, wrappingKey: Buffer, aad: Buffer): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'), {
      authTagLength: TAG_LENGTH,
    });
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
    if (key.length !== KEY_LENGTH) throw new UnwrapError();
    return key;
  } catch {
    throw new UnwrapError();
  } finally {
    wrappingKey.fill(0);
  }
}

export async function createPassphraseSlot(
  dataKey: Buffer,
  passphrase: string,
  cost: ScryptCost = DEFAULT_SCRYPT_COST,
  now: Date = new Date(),
): Promise<PassphraseSlot> {
  const kdf = { name: 'scrypt' as const, ...cost, salt: randomBytes(16).toString('base64') };
  const wrappingKey = await deriveFromPassphrase(passphrase, kdf);
  try {
    return {
      kind: 'passphrase',
      kdf,
      wrapped: wrap(dataKey, wrappingKey, associatedData('passphrase', kdf)),
      updatedAt: now.toISOString(),
    };
  } finally {
    wrappingKey.fill(0);
  }
}

export async function createRecoverySlot(
  dataKey: Buffer,
  secret: Buffer,
  now: Date = new Date(),
): Promise<RecoverySlot> {
  const kdf = {
    name: 'hkdf-sha256' as const,
    salt: randomBytes(16).toString('base64'),
    info: 'peerdesk recovery slot',
  };
  const wrappingKey = await deriveFromRecoveryKey(secret, kdf);
  try {
    return {
      kind: 'recovery',
      kdf,
      wrapped: wrap(dataKey, wrappingKey, associatedData('recovery', kdf)),
      updatedAt: now.toISOString(),
    };
  } finally {
    wrappingKey.fill(0);
  }
}

export async function openPassphraseSlot(slot: PassphraseSlot, passphrase: string): Promise<Buffer> {
  const wrappingKey = await deriveFromPassphrase(passphrase, slot.kdf);
  return unwrap(slot.wrapped, wrappingKey, associatedData('passphrase', slot.kdf));
}

export async function openRecoverySlot(slot: RecoverySlot, secret: Buffer): Promise<Buffer> {
  const wrappingKey = await deriveFromRecoveryKey(secret, slot.kdf);
  return unwrap(slot.wrapped, wrappingKey, associatedData('recovery', slot.kdf));
}

export function newKeySlotFile(passphrase: PassphraseSlot, recovery: RecoverySlot): KeySlotFile {
  return {
    format: FORMAT,
    version: VERSION,
    slots: { passphrase, recovery },
    failedUnlocks: { count: 0, lastAt: null, unrecorded: [] },
  };
}

export async function readKeySlotFile(file: string): Promise<KeySlotFile> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new KeySlotFileError('missing', `${file} does not exist`, { cause: error });
    }
    throw new KeySlotFileError('unreadable', `${file} cannot be read`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KeySlotFileError('unreadable', `${file} is not valid JSON`, { cause: error });
  }
  const parsed = keySlotFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new KeySlotFileError('unreadable', `${file} is not a PeerDesk key file`, { cause: parsed.error });
  }
  return parsed.data;
}

export async function writeKeySlotFile(
  file: string,
  slots: KeySlotFile,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(slots, null, 2)}\n`, options);
}

/**
 * Reads the file afresh, applies one change and writes it back, so that a change made meanwhile
 * by another process (the CLI beside the app) to another field is kept.
 */
export async function updateKeySlotFile(
  file: string,
  change: (current: KeySlotFile) => KeySlotFile,
): Promise<KeySlotFile> {
  const updated = change(await readKeySlotFile(file));
  await writeKeySlotFile(file, updated);
  return updated;
}
