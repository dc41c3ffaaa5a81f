// Key derivation for key slots: scrypt (node:crypto) for passphrases, HKDF for the recovery key,
// which already carries 128 random bits and needs no stretching.
import { hkdf, scrypt } from 'node:crypto';
import { z } from 'zod';

export const KEY_LENGTH = 32;

const isPowerOfTwo = (n: number) => Number.isInteger(Math.log2(n));
export const base64Of = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine((value) => value.length === Math.ceil(bytes / 3) * 4 && Buffer.from(value, 'base64').length === bytes, {
      error: `must be ${bytes} bytes in base64`,
    });

/**
 * Bounds on the cost a key file may ask for: derivation runs before the tag is checked, so an
 * edited file must not be able to demand gigabytes of memory or hours of work.
 */
export const scryptParamsSchema = z.object({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 18)
    .refine(isPowerOfTwo, { error: 'N must be a power of two' }),
  r: z.number().int().min(1).max(8),
  p: z.number().int().min(1).max(4),
  salt: base64Of(16),
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

export const hkdfParamsSchema = z.object({
  name: z.literal('hkdf-sha256'),
  salt: base64Of(16),
  info: z.string().max(100),
});

export type HkdfParams = z.infer<typeof hkdfParamsSchema>;

/** Cost tuned to about half a second on a 2-core office-class machine (measured: 2^17 -> 0.55 s). */
export const DEFAULT_SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
export type ScryptCost = { N: number; r: number; p: number };

export function deriveFromPassphrase(passphrase: string, params: ScryptParams): Promise<Buffer> {
  const salt = Buffer.from(params.salt, 'base64');
  // scrypt's working memory is 128·N·r bytes; the schema bounds it at 256 MiB.
  const maxmem = 128 * params.N * params.r + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { N: params.N, r: params.r, p: params.p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export function deriveFromRecoveryKey(secret: Uint8Array, params: HkdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    hkdf('sha256', secret, Buffer.from(params.salt, 'base64'), params.info, KEY_LENGTH, (error, key) =>
      error ? reject(error) : resolve(Buffer.from(key)),
    );
  });
}
