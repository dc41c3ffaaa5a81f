// A folder or file path typed as text, with the system's chooser beside it where there is one
// (Electron). The preview has no chooser: the path is typed.
import type { ComponentProps, ReactNode } from 'react';
import type { PeerDeskBridge } from '../../../shared/api/bridge';
import { getBridge } from '../../api/bridge';
import { TextField } from '../../components/TextField';

type PathFieldProps = ComponentProps<'input'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  kind: Parameters<NonNullable<PeerDeskBridge['choosePath']>>[0];
  /** Called with the path chosen in the system's chooser. */
  onChosen: (path: string) => void;
};

export function PathField({ kind, onChosen, className, ...fieldProps }: PathFieldProps) {
  const choosePath = getBridge().choosePath;
  return (
    <div className={['path-field', className].filter(Boolean).join(' ')}>
      <TextField spellCheck={false} autoComplete="off" {...fieldProps} />
      {choosePath ? (
        <button
          type="button"
          // Two of these can share a page: each names the field it fills.
          aria-label={`Browse for: ${fieldProps.label}`}
          onClick={() =>
            void choosePath(kind).then((chosen) => {
              if (chosen) onChosen(chosen);
            })
          }
        >
          Browse…
        </button>
      ) : null}
    </div>
  );
}
