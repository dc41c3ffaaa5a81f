// The recovery key's field, the same wherever it is typed (setup, unlock, restore): monospaced,
// upper case, no spell check or autofill for a secret.
import type { ComponentProps } from 'react';
import { TextField } from '../components/TextField';

type RecoveryKeyFieldProps = Omit<ComponentProps<typeof TextField>, 'label'> & { label?: string };

export function RecoveryKeyField({ label = 'Recovery key', ...props }: RecoveryKeyFieldProps) {
  return (
    <TextField
      label={label}
      className="field-key"
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="characters"
      {...props}
    />
  );
}
