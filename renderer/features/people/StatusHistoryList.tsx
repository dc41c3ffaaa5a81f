// Every dated status change of a person, newest first, in the words the status shows.
import type { StatusChange } from '../../../shared/api/participants';
import { formatDay } from '../../components/format-day';

interface StatusHistoryListProps<S extends string> {
  history: readonly StatusChange<S>[];
  labels: Record<S, string>;
  /** The words for a change's reason, when the kind of person has reasons. */
  reasonLabel?: (reasonId: number) => string;
}

export function StatusHistoryList<S extends string>({ history, labels, reasonLabel }: StatusHistoryListProps<S>) {
  return (
    <>
      <h3 id="status-history-title">History</h3>
      <ol className="status-history" aria-labelledby="status-history-title">
        {[...history].reverse().map((change) => (
          <li key={change.id}>
            <span className="status-history-date">{formatDay(change.on)}</span>{' '}
            {change.from ? `${labels[change.from]} → ` : ''}
            {labels[change.to]}
            {change.reasonId !== null && reasonLabel ? ` (${reasonLabel(change.reasonId)})` : ''}
            {change.note ? <span className="status-history-note">: {change.note}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
