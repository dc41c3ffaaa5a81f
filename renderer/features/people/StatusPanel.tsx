// A person's status: where they are now, the change form when asked for, and the history.
import { useState, type ReactNode } from 'react';

interface StatusPanelProps {
  current: ReactNode;
  archived: boolean;
  /** The change form; it calls done when saved or cancelled. */
  changeForm: (done: () => void) => ReactNode;
  children: ReactNode;
}

export function StatusPanel({ current, archived, changeForm, children }: StatusPanelProps) {
  const [changing, setChanging] = useState(false);
  return (
    <section className="panel status-panel" aria-labelledby="status-title">
      <h2 id="status-title">Status</h2>
      <div className="status-current">{current}</div>
      {changing ? (
        changeForm(() => setChanging(false))
      ) : (
        <button type="button" onClick={() => setChanging(true)} disabled={archived}>
          Change status
        </button>
      )}
      {children}
    </section>
  );
}
