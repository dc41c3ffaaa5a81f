// The Matches section of a participant's page: the open match (proposed or active), the ended
// ones with their reasons, and the way to find a peer supporter when they have none.
import { Link } from 'react-router';
import { matchEndReasonLabels, type MatchRow } from '../../../shared/api/matching';
import type { Participant } from '../../../shared/api/participants';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { MatchStatusBadge } from './MatchBadges';
import { useMatchList } from './useMatches';

/** Enough for any one participant's history. */
const HISTORY_LIMIT = 100;

export function MatchesSection({ participant }: { participant: Participant }) {
  const matches = useMatchList({ participantId: participant.id, offset: 0, limit: HISTORY_LIMIT });
  const rows = matches.data?.rows ?? [];
  const open = rows.filter((match) => match.status !== 'ended');
  const ended = rows.filter((match) => match.status === 'ended');
  const canFind =
    matches.data !== undefined &&
    open.length === 0 &&
    participant.archivedAt === null &&
    (participant.status === 'referred' || participant.status === 'waiting');
  return (
    <section className="panel" aria-labelledby="matches-title">
      <div className="panel-heading">
        <h2 id="matches-title">Matches</h2>
        {canFind ? (
          <Link className="button-like" to={`/participants/${participant.id}/match`}>
            Find a peer supporter
          </Link>
        ) : null}
      </div>
      {matches.isError ? <Alert tone="error">{errorMessage(matches.error)}</Alert> : null}
      {matches.isPending ? <p role="status">Loading…</p> : null}
      {matches.data && rows.length === 0 ? <p>No matches yet.</p> : null}
      {open.map((match) => (
        <p key={match.id} className="match-current">
          With <Link to={`/peer-supporters/${match.peerSupporter.id}`}>{match.peerSupporter.name}</Link>{' '}
          <MatchStatusBadge status={match.status} />{' '}
          {match.startedOn ? `since ${formatDay(match.startedOn)}` : `proposed ${formatDay(match.proposedOn)}`}.{' '}
          <Link to={`/matches/${match.id}`}>Open the match with {match.peerSupporter.name}</Link>
        </p>
      ))}
      {ended.length > 0 ? (
        <>
          <h3>Earlier matches</h3>
          <ul className="match-history" aria-label="Earlier matches">
            {ended.map((match) => (
              <li key={match.id}>
                <Link to={`/matches/${match.id}`}>With {match.peerSupporter.name}</Link> {endedText(match)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function endedText(match: MatchRow): string {
  const from = match.startedOn ? `${formatDay(match.startedOn)} to ` : 'ended ';
  const reason = match.endReason ? `: ${matchEndReasonLabels[match.endReason]}` : '';
  return `${from}${match.endedOn ? formatDay(match.endedOn) : ''}${reason}`;
}
