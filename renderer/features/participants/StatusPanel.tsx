// The participant's status: where they are now and since when, the change form, and every
// dated change before.
import { participantStatusLabels, type Participant } from '../../../shared/api/participants';
import { formatDay } from '../../components/format-day';
import { StatusHistoryList } from '../people/StatusHistoryList';
import { StatusPanel as PersonStatusPanel } from '../people/StatusPanel';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { termLabel } from '../vocabulary/vocabulary-groups';
import { ChangeStatusForm } from './ChangeStatusForm';

export function StatusPanel({ participant }: { participant: Participant }) {
  const reasons = useVocabulary('closure-reason');
  const reason = termLabel(reasons.data, participant.closureReasonId);
  return (
    <PersonStatusPanel
      archived={participant.archivedAt !== null}
      current={
        <p>
          <strong>{participantStatusLabels[participant.status]}</strong> since {formatDay(participant.statusSince)}
          {participant.status === 'closed' && reason ? ` (${reason})` : ''}
        </p>
      }
      changeForm={(done) => <ChangeStatusForm participant={participant} onDone={done} />}
    >
      <StatusHistoryList
        history={participant.history}
        labels={participantStatusLabels}
        reasonLabel={(id) => termLabel(reasons.data, id) ?? 'reason removed'}
      />
    </PersonStatusPanel>
  );
}
