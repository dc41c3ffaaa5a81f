// A short list of text lines, each on its own line: add one, edit it, remove it. A consent's
// purposes, a group session's topics.
import { useId, useRef } from 'react';

interface TextListFieldProps {
  legend: string;
  hint?: string;
  /** What one line is, as its label reads: "Purpose" gives "Purpose 1", "Add a purpose". */
  itemLabel: string;
  value: string[];
  onChange: (next: string[]) => void;
  onBlur: () => void;
  /** An error for the whole list, or for one line by its index. */
  error?: string | undefined;
  lineErrors?: Array<string | undefined>;
}

/** A form's errors for such a list as the field takes them: react-hook-form gives an array (one
 * entry per line) when lines are wrong, a single error when the list as a whole is. */
export function listErrors(errors: unknown): { error: string | undefined; lineErrors: Array<string | undefined> } {
  if (Array.isArray(errors)) {
    return { error: undefined, lineErrors: (errors as Array<{ message?: string } | undefined>).map((e) => e?.message) };
  }
  return { error: (errors as { message?: string } | undefined)?.message, lineErrors: [] };
}

export function TextListField(props: TextListFieldProps) {
  const { legend, hint, itemLabel, value, onChange, onBlur, error, lineErrors = [] } = props;
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const item = itemLabel.toLowerCase();
  const add = () => {
    onChange([...value, '']);
    // Focus the new line once it is drawn.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  return (
    <fieldset className="field text-list-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {value.length > 0 ? (
        <ol ref={listRef} className="text-list">
          {value.map((line, index) => {
            const lineError = lineErrors[index];
            return (
              <li key={index}>
                <input
                  type="text"
                  aria-label={`${itemLabel} ${index + 1}`}
                  aria-invalid={lineError ? true : undefined}
                  aria-describedby={lineError ? `${id}-line-${index}` : undefined}
                  value={line}
                  onBlur={onBlur}
                  onChange={(event) => onChange(value.map((old, i) => (i === index ? event.target.value : old)))}
                />
                <button
                  type="button"
                  className="button-small"
                  aria-label={`Remove ${item} ${index + 1}`}
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
        Add a {item}
      </button>
    </fieldset>
  );
}
