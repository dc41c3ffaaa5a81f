// A labelled multi-line text box with its hint and error tied to it, like TextField.
import type { ComponentProps, ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

type TextAreaFieldProps = ComponentProps<'textarea'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
};

export function TextAreaField({ label, hint, error, className, ...areaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea rows={3} {...control} {...areaProps} />}
    </FieldFrame>
  );
}
