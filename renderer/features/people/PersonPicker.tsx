// Chooses people by name: type part of a name, pick from the matches, remove a choice. For a
// group supervision's peer supporters, or the participants a note reviewed; the list of people
// may be long, so only the matches are fetched.
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { call } from '../../api/call';
import { useDebouncedValue } from '../../components/useDebouncedValue';

export interface PickedPerson {
  id: number;
  name: string;
}

interface PersonPickerProps {
  /** "Peer supporters", "Participants reviewed". */
  legend: string;
  kind: 'participants' | 'peer-supporters';
  value: PickedPerson[];
  onChange: (next: PickedPerson[]) => void;
  hint?: string;
  error?: string | undefined;
}

const MATCHES = 8;

function useMatches(kind: PersonPickerProps['kind'], search: string) {
  return useQuery({
    queryKey: ['person-picker', kind, search],
    enabled: search.length > 0,
    queryFn: async (): Promise<PickedPerson[]> => {
      const list =
        kind === 'participants'
          ? await call('participants.list', { search, limit: MATCHES })
          : await call('peerSupporters.list', { search, limit: MATCHES });
      return list.rows.map((row) => ({ id: row.id, name: row.displayName }));
    },
  });
}

export function PersonPicker({ legend, kind, value, onChange, hint, error }: PersonPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  // Adding or removing someone removes the button pressed: the search box takes the focus.
  const searchRef = useRef<HTMLInputElement>(null);
  const backToSearch = () => searchRef.current?.focus();
  const search = useDebouncedValue(text.trim(), 150);
  const matches = useMatches(kind, search);
  const chosen = new Set(value.map((person) => person.id));
  const offered = (matches.data ?? []).filter((person) => !chosen.has(person.id));
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className="field person-picker" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul className="picked-people" aria-label={`${legend}: chosen`}>
          {value.map((person) => (
            <li key={person.id}>
              {person.name}{' '}
              <button
                type="button"
                className="button-small"
                aria-label={`Remove ${person.name}`}
                onClick={() => {
                  onChange(value.filter((other) => other.id !== person.id));
                  backToSearch();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={`${id}-search`}>Find by name</label>
      <input
        id={`${id}-search`}
        ref={searchRef}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {search.length > 0 ? (
        <ul className="picker-matches" aria-label={`${legend}: matches`}>
          {matches.isPending ? <li role="status">Searching…</li> : null}
          {matches.data && offered.length === 0 ? <li>No one else matches.</li> : null}
          {offered.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="button-small"
                onClick={() => {
                  onChange([...value, person]);
                  setText('');
                  backToSearch();
                }}
              >
                Add {person.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
