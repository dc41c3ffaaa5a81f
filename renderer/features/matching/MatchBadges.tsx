// A match's status, and how long it has gone without contact when that is too long.
import { matchStatusLabels, type CadenceState, type MatchStatus } from '../../../shared/api/matching';

export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  return <span className={`badge match-${status}`}>{matchStatusLabels[status]}</span>;
}

const cadenceLabels: Record<Exclude<CadenceState, 'ok'>, string> = {
  alert: 'Contact overdue',
  escalated: 'Contact overdue, escalated',
};

export function CadenceBadge({ cadence, days }: { cadence: CadenceState; days: number | null }) {
  if (cadence === 'ok') return null;
  return (
    <span className={`badge ${cadence === 'escalated' ? 'badge-danger' : 'badge-warning'}`}>
      {cadenceLabels[cadence]}
      {days === null ? '' : `: ${days} days without contact`}
    </span>
  );
}
