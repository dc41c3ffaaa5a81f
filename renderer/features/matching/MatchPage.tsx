// One match (/matches/:matchId): who with whom, its status and dates, why this peer was chosen,
// the matches it replaces or was replaced by; starting and ending it; its follow-ups; and the
// contacts logged on it.
import { useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { matchEndReasonLabels, type Match } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { ContactTimeline } from '../contacts/ContactTimeline';
import { EndMatchForm } from './EndMatchForm';
import { FollowUpsPanel } from './FollowUpsPanel';
import { CadenceBadge, MatchStatusBadge } from './MatchBadges';
import { StartMatchForm } from './StartMatchForm';
import { useMatch } from './useMatches';

export function MatchPage() {
  const { matchId } = useParams();
  const id = Number(matchId);
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/matches" replace />;
  return <MatchView key={id} id={id} />;
}

/** What the page was opened after: a match chosen on the suggestions, or a contact saved. */
function noticeOf(state: unknown): string | null {
  const shown = state as { notice?: string; created?: boolean } | null;
  if (typeof shown?.notice === 'string') return shown.notice;
  return shown?.created === true ? 'Contact saved.' : null;
}

function MatchView({ id }: { id: number }) {
  const match = useMatch(id);
  const notice = noticeOf(useLocation().state);
  const breadcrumb = (
    <p className="breadcrumb">
      <Link to="/matches">Matches</Link>
      {match.data ? (
        <>
          {' '}
          › <Link to={`/participants/${match.data.participant.id}`}>{match.data.participant.name}</Link>
        </>
      ) : null}
    </p>
  );
  if (match.isError) {
    return (
      <>
        {breadcrumb}
        <Alert tone="error">{errorMessage(match.error)}</Alert>
      </>
    );
  }
  if (!match.data) return <p role="status">Loading…</p>;
  const record = match.data;
  return (
    <>
      {breadcrumb}
      <h1>
        Match: {record.participant.name} with {record.peerSupporter.name}
      </h1>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <MatchFacts match={record} />
      <MatchActions match={record} />
      <FollowUpsPanel match={record} />
      <ContactTimeline match={record} />
    </>
  );
}

function MatchFacts({ match }: { match: Match }) {
  return (
    <section className="panel" aria-labelledby="match-facts-title">
      <h2 id="match-facts-title">The match</h2>
      <dl className="facts">
        <dt>Participant</dt>
        <dd>
          <Link to={`/participants/${match.participant.id}`}>{match.participant.name}</Link>
        </dd>
        <dt>Peer supporter</dt>
        <dd>
          <Link to={`/peer-supporters/${match.peerSupporter.id}`}>{match.peerSupporter.name}</Link>
        </dd>
        <dt>Status</dt>
        <dd>
          <MatchStatusBadge status={match.status} />
          <CadenceBadge cadence={match.cadence} days={match.daysWithoutContact} />
        </dd>
        <dt>Proposed</dt>
        <dd>{formatDay(match.proposedOn)}</dd>
        <dt>Started</dt>
        <dd>{match.startedOn ? formatDay(match.startedOn) : 'Not yet'}</dd>
        {match.endedOn ? (
          <>
            <dt>Ended</dt>
            <dd>
              {formatDay(match.endedOn)}
              {match.endReason ? `: ${matchEndReasonLabels[match.endReason]}` : ''}
              {match.endNote ? ` (${match.endNote})` : ''}
            </dd>
          </>
        ) : null}
        <dt>Chosen</dt>
        <dd>
          {match.chosenRank === null ? 'Not from the suggestions' : `Ranked ${match.chosenRank} of the suggestions`}
          {match.choiceReason ? `: ${match.choiceReason}` : ''}
        </dd>
        {match.previousMatchId !== null ? (
          <>
            <dt>Replaces</dt>
            <dd>
              <LinkedMatch id={match.previousMatchId} />
            </dd>
          </>
        ) : null}
        {match.nextMatchId !== null ? (
          <>
            <dt>Replaced by</dt>
            <dd>
              <LinkedMatch id={match.nextMatchId} />
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** A link to another match of the same participant, named by its peer supporter. */
function LinkedMatch({ id }: { id: number }) {
  const linked = useMatch(id);
  return (
    <Link to={`/matches/${id}`}>
      {linked.data ? `The match with ${linked.data.peerSupporter.name}` : 'The linked match'}
    </Link>
  );
}

const actionsTitle: Record<Match['status'], string> = {
  proposed: 'Start or end',
  active: 'End the match',
  ended: 'Next',
};

function MatchActions({ match }: { match: Match }) {
  const [ending, setEnding] = useState(false);
  const findNew = match.status === 'ended' && match.endReason === 'not-a-fit' && match.nextMatchId === null;
  if (match.status === 'ended' && !findNew) return null;
  return (
    <section className="panel" aria-labelledby="match-actions-title">
      <h2 id="match-actions-title">{actionsTitle[match.status]}</h2>
      {findNew ? (
        <Link className="button-like" to={`/participants/${match.participant.id}/match?previous=${match.id}`}>
          Find a new peer supporter
        </Link>
      ) : null}
      {match.status === 'proposed' ? <StartMatchForm match={match} /> : null}
      {match.status !== 'ended' && !ending ? (
        <p>
          <button type="button" onClick={() => setEnding(true)}>
            End match
          </button>
        </p>
      ) : null}
      {match.status !== 'ended' && ending ? <EndMatchForm match={match} onDone={() => setEnding(false)} /> : null}
    </section>
  );
}
