// Form rules around a new passphrase. The passphrase rule itself comes from shared/ (the
// backend checks the same one); typing it twice is a UI-only rule.
import { z } from 'zod';
import { passphraseSchema } from '../../shared/api/schemas';

export const CONFIRM_MISMATCH = 'The two passphrases are not the same. Type the new passphrase again.';

export const newPassphraseFields = {
  newPassphrase: passphraseSchema,
  confirmPassphrase: z.string({ error: 'Type the new passphrase again.' }),
};

export function passphrasesMatch(values: { newPassphrase: string; confirmPassphrase: string }): boolean {
  return values.newPassphrase === values.confirmPassphrase;
}

export const mismatchIssue = { path: ['confirmPassphrase'], error: CONFIRM_MISMATCH };
