// A set of checkboxes that together choose several values: a fieldset with its legend, and
// optional sub-groups (e.g. experience tags under their parent).
import { useId } from 'react';

export interface CheckboxOption<T> {
  value: T;
  label: string;
}

export interface CheckboxOptionGroup<T> {
  label: string | null;
  options: CheckboxOption<T>[];
}

interface CheckboxGroupProps<T> {
  legend: string;
  hint?: string;
  groups: CheckboxOptionGroup<T>[];
  value: readonly T[];
  onChange: (next: T[]) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

export function CheckboxGroup<T extends string | number>({
  legend,
  hint,
  groups,
  value,
  onChange,
  onBlur,
  error,
}: CheckboxGroupProps<T>) {
  const id = useId();
  const toggle = (option: T, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((chosen) => chosen !== option));
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className="field checkbox-group" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      ) : null}
      {groups
        .filter((group) => group.options.length > 0)
        .map((group, index) => (
          <div key={group.label ?? index} className="checkbox-subgroup" role="group" aria-label={group.label ?? legend}>
            {group.label ? <p className="checkbox-subgroup-title">{group.label}</p> : null}
            <div className="checkbox-options">
              {group.options.map((option) => (
                <label key={option.value} className="checkbox">
                  <input
                    type="checkbox"
                    checked={value.includes(option.value)}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                    onBlur={onBlur}
                  />
                  {option.label}
                </label>
              ))}
            </div>
          </div>
        ))}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
