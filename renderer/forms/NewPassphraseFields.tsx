// A new passphrase typed twice, with strength feedback between: the same trio in the setup
// wizard, the recovery-key unlock and Settings.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { PassphraseStrengthMeter } from '../components/PassphraseStrengthMeter';
import { TextField } from '../components/TextField';

interface NewPassphraseFieldsProps {
  /** The value typed so far (from watch), for the strength meter. */
  passphrase: string;
  /** Words a guesser would try first (program and leader names). */
  userInputs: string[];
  field: UseFormRegisterReturn<'newPassphrase'>;
  confirmField: UseFormRegisterReturn<'confirmPassphrase'>;
  error: string | undefined;
  confirmError: string | undefined;
  label?: string;
  confirmLabel?: string;
}

export function NewPassphraseFields({
  passphrase,
  userInputs,
  field,
  confirmField,
  error,
  confirmError,
  label = 'New passphrase',
  confirmLabel = 'New passphrase again',
}: NewPassphraseFieldsProps) {
  return (
    <>
      <TextField label={label} type="password" autoComplete="new-password" error={error} {...field} />
      <PassphraseStrengthMeter passphrase={passphrase} userInputs={userInputs} />
      <TextField
        label={confirmLabel}
        type="password"
        autoComplete="new-password"
        error={confirmError}
        {...confirmField}
      />
    </>
  );
}
