// The recovery key: 128 random bits plus a 32-bit checksum, written as eight groups of four
// Crockford base32 characters so it can be read aloud, typed back and checked for typos.
import { base32crockford } from '@scure/base';
import { createHash, randomBytes } from 'node:crypto';

export const RECOVERY_SECRET_BYTES = 16;
const CHECKSUM_BYTES = 4;
const GROUP = 4;

export type ParsedRecoveryKey =
  { ok: true; secret: Buffer } | { ok: false; reason: 'length' | 'characters' | 'checksum' };

function checksum(secret: Uint8Array): Buffer {
  return createHash('sha256').update('peerdesk-recovery-key').update(secret).digest().subarray(0, CHECKSUM_BYTES);
}

export function generateRecoverySecret(): Buffer {
  return randomBytes(RECOVERY_SECRET_BYTES);
}

export function formatRecoveryKey(secret: Uint8Array): string {
  const text = base32crockford.encode(Buffer.concat([secret, checksum(secret)]));
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** Accepts the key as people type it: any case, spaces or dashes, O for 0 and I/L for 1. */
export function parseRecoveryKey(input: string): ParsedRecoveryKey {
  const compact = input.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  const expectedLength = Math.ceil(((RECOVERY_SECRET_BYTES + CHECKSUM_BYTES) * 8) / 5);
  if (compact.length !== expectedLength) return { ok: false, reason: 'length' };
  let bytes: Uint8Array;
  try {
    bytes = base32crockford.decode(compact);
  } catch {
    return { ok: false, reason: 'characters' };
  }
  const secret = Buffer.from(bytes.subarray(0, RECOVERY_SECRET_BYTES));
  const given = Buffer.from(bytes.subarray(RECOVERY_SECRET_BYTES));
  if (!checksum(secret).equals(given)) return { ok: false, reason: 'checksum' };
  return { ok: true, secret };
}
