import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  generateRecoverySecret,
  parseRecoveryKey,
} from '../../electron/backend/crypto/recovery-key';

describe('recovery key', () => {
  it('carries 128 random bits in eight groups of four', () => {
    const secret = generateRecoverySecret();
    expect(secret.length * 8).toBeGreaterThanOrEqual(128);
    expect(formatRecoveryKey(secret)).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(formatRecoveryKey(generateRecoverySecret())).not.toBe(formatRecoveryKey(secret));
  });

  it('reads the key back as people type it', () => {
    const secret = generateRecoverySecret();
    const key = formatRecoveryKey(secret);
    const typed = key.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const parsed = parseRecoveryKey(`  ${typed} `);
    expect(parsed.ok && parsed.secret.equals(secret)).toBe(true);
  });

  it('catches a typing mistake with its checksum', () => {
    const key = formatRecoveryKey(generateRecoverySecret());
    const swapped = key[0] === 'A' ? `B${key.slice(1)}` : `A${key.slice(1)}`;
    expect(parseRecoveryKey(swapped)).toEqual({ ok: false, reason: 'checksum' });
    expect(parseRecoveryKey(key.slice(0, -1))).toEqual({ ok: false, reason: 'length' });
    expect(parseRecoveryKey(`${key.slice(0, -1)}U`)).toEqual({ ok: false, reason: 'characters' });
  });
});
