// The buttons of one row of an editable list in Settings (a term, a kind of consent, a
// supervisor): edit it, retire it or bring it back, and any more the list needs. Each button
// names the row it acts on, since every row has the same ones.
import type { ReactNode } from 'react';

interface RowActionsProps {
  /** The row's name, as the buttons' accessible names end: "Rename Clinician". */
  name: string;
  editLabel: string;
  onEdit: () => void;
  retired: boolean;
  /** Absent when this row cannot be retired (the program leader, for instance). */
  onToggleRetired?: () => void;
  retireLabel?: string;
  busy?: boolean;
  children?: ReactNode;
}

export function RowActions(props: RowActionsProps) {
  const { name, editLabel, onEdit, retired, onToggleRetired, retireLabel = 'Retire', busy = false } = props;
  const toggleLabel = retired ? 'Bring back' : retireLabel;
  return (
    <span className="term-actions">
      <button type="button" className="button-small" aria-label={`${editLabel} ${name}`} onClick={onEdit}>
        {editLabel}
      </button>
      {onToggleRetired ? (
        <button
          type="button"
          className="button-small"
          aria-label={`${toggleLabel} ${name}`}
          disabled={busy}
          onClick={onToggleRetired}
        >
          {toggleLabel}
        </button>
      ) : null}
      {props.children}
    </span>
  );
}
