// A labelled select with its hint and error tied to it, like TextField.
import type { ComponentProps, ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

type SelectFieldProps = ComponentProps<'select'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
};

export function SelectField({ label, hint, error, className, children, ...selectProps }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} {...selectProps}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
