// The participant's status: where they are now and since when, the change form, and every
// dated change before.
import { useState } from 'react';
import { participantStatusLabels, type Participant } from '../../../shared/api/participants';
import { formatDay } from '../../components/format-day';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { termLabel } from '../vocabulary/vocabulary-groups';
import { ChangeStatusForm } from './ChangeStatusForm';

export function StatusPanel({ participant }: { participant: Participant }) {
  const [changing, setChanging] = useState(false);
  const reasons = useVocabulary('closure-reason');
  const reason = termLabel(reasons.data, participant.closureReasonId);
  const history = [...participant.history].reverse();
  return (
    <section className="panel status-panel" aria-labelledby="status-title">
      <h2 id="status-title">Status</h2>
      <p className="status-current">
        <strong>{participantStatusLabels[participant.status]}</strong> since {formatDay(participant.statusSince)}
        {participant.status === 'closed' && reason ? ` (${reason})` : ''}
      </p>
      {changing ? (
        <ChangeStatusForm participant={participant} onDone={() => setChanging(false)} />
      ) : (
        <button type="button" onClick={() => setChanging(true)} disabled={participant.archivedAt !== null}>
          Change status
        </button>
      )}
      <h3 id="status-history-title">History</h3>
      <ol className="status-history" aria-labelledby="status-history-title">
        {history.map((change) => (
          <li key={change.id}>
            <span className="status-history-date">{formatDay(change.on)}</span>{' '}
            {change.from ? `${participantStatusLabels[change.from]} → ` : ''}
            {participantStatusLabels[change.to]}
            {change.reasonId !== null ? ` (${termLabel(reasons.data, change.reasonId) ?? 'reason removed'})` : ''}
            {change.note ? <span className="status-history-note">: {change.note}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
