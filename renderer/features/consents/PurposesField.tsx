// Each purpose of a consent on its own line: add one, edit it, remove it.
import { useId, useRef } from 'react';

interface PurposesFieldProps {
  value: string[];
  onChange: (next: string[]) => void;
  onBlur: () => void;
  /** An error for the whole list, or for one line by its index. */
  error?: string | undefined;
  lineErrors?: Array<string | undefined>;
}

export function PurposesField({ value, onChange, onBlur, error, lineErrors = [] }: PurposesFieldProps) {
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const add = () => {
    onChange([...value, '']);
    // Focus the new line once it is drawn.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  return (
    <fieldset className="field purposes-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Purposes</legend>
      <p className="field-hint">Each purpose the information may be used for, one per line.</p>
      {value.length > 0 ? (
        <ol ref={listRef} className="purposes-list">
          {value.map((purpose, index) => {
            const lineError = lineErrors[index];
            return (
              <li key={index}>
                <input
                  type="text"
                  aria-label={`Purpose ${index + 1}`}
                  aria-invalid={lineError ? true : undefined}
                  aria-describedby={lineError ? `${id}-line-${index}` : undefined}
                  value={purpose}
                  onBlur={onBlur}
                  onChange={(event) => onChange(value.map((line, i) => (i === index ? event.target.value : line)))}
                />
                <button
                  type="button"
                  className="button-small"
                  aria-label={`Remove purpose ${index + 1}`}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
                {lineError ? (
                  <p id={`${id}-line-${index}`} className="field-error">
                    {lineError}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <button type="button" className="button-small" onClick={add}>
        Add a purpose
      </button>
    </fieldset>
  );
}
