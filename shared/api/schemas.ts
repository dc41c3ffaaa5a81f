// Input rules written once: the backend validates with them and the forms use them too.
import { z } from 'zod';
import { followUpScheduleSchema, matchWeightsSchema } from './matching';
import { reportThresholdSchema } from './reports';

export const PASSPHRASE_MIN_LENGTH = 10;
export const PASSPHRASE_MAX_LENGTH = 1024;

export const passphraseSchema = z
  .string({ error: 'Enter a passphrase.' })
  .min(PASSPHRASE_MIN_LENGTH, {
    error: `Use at least ${PASSPHRASE_MIN_LENGTH} characters: a few unrelated words work well.`,
  })
  .max(PASSPHRASE_MAX_LENGTH, { error: `Use at most ${PASSPHRASE_MAX_LENGTH} characters.` });

/** An existing passphrase is checked against the key slot, not against today's rules. */
export const currentPassphraseSchema = z
  .string({ error: 'Enter the passphrase.' })
  .min(1, { error: 'Enter the passphrase.' })
  .max(PASSPHRASE_MAX_LENGTH, { error: `Use at most ${PASSPHRASE_MAX_LENGTH} characters.` });

export const programNameSchema = z
  .string({ error: 'Enter the program name.' })
  .trim()
  .min(1, { error: 'Enter the program name.' })
  .max(120, { error: 'Keep the program name under 120 characters.' });

export const leaderNameSchema = z
  .string({ error: "Enter the program leader's name." })
  .trim()
  .min(1, { error: "Enter the program leader's name." })
  .max(120, { error: 'Keep the name under 120 characters.' });

export const recoveryKeyInputSchema = z
  .string({ error: 'Enter the recovery key.' })
  .trim()
  .min(1, { error: 'Enter the recovery key.' })
  .max(200, { error: 'That is longer than a recovery key.' });

export const AUTO_LOCK_MIN_MINUTES = 1;
export const AUTO_LOCK_MAX_MINUTES = 240;

export const autoLockMinutesSchema = z
  .number({ error: 'Enter a number of minutes.' })
  .int({ error: 'Enter a whole number of minutes.' })
  .min(AUTO_LOCK_MIN_MINUTES, { error: `At least ${AUTO_LOCK_MIN_MINUTES} minute.` })
  .max(AUTO_LOCK_MAX_MINUTES, { error: `At most ${AUTO_LOCK_MAX_MINUTES} minutes.` });

export const setupBeginInput = z.object({
  programName: programNameSchema,
  leaderName: leaderNameSchema,
  passphrase: passphraseSchema,
});

export const setupConfirmInput = z.object({ recoveryKey: recoveryKeyInputSchema });

export const unlockInput = z.object({ passphrase: currentPassphraseSchema });

export const unlockWithRecoveryKeyInput = z.object({
  recoveryKey: recoveryKeyInputSchema,
  newPassphrase: passphraseSchema,
});

export const changePassphraseInput = z.object({
  currentPassphrase: currentPassphraseSchema,
  newPassphrase: passphraseSchema,
});

const daysSetting = (what: string) =>
  z
    .number({ error: 'Enter a number of days.' })
    .int({ error: 'Enter a whole number of days.' })
    .min(1, { error: `${what}: at least 1 day.` })
    .max(365, { error: `${what}: at most 365 days.` });

export const consentExpiringDaysSchema = daysSetting('Expiring soon');
export const supervisionCadenceDaysSchema = daysSetting('Supervision every');

/** Any of the settings; those left out stay as they are. */
export const updateSettingsInput = z
  .object({
    autoLockMinutes: autoLockMinutesSchema.optional(),
    consentExpiringDays: consentExpiringDaysSchema.optional(),
    supervisionCadenceDays: supervisionCadenceDaysSchema.optional(),
    matchWeights: matchWeightsSchema.strict().optional(),
    followUps: followUpScheduleSchema.optional(),
    reportThreshold: reportThresholdSchema.optional(),
  })
  .strict();

export const emptyInput = z.object({}).strict();
