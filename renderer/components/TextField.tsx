// A labelled input with its hint and error tied to it for screen readers.
import type { ComponentProps, ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

type TextFieldProps = ComponentProps<'input'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
};

export function TextField({ label, hint, error, className, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...control} {...inputProps} />}
    </FieldFrame>
  );
}
