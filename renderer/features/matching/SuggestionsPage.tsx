// The peer supporters who can take a participant (/participants/:participantId/match), best
// first: the suggested on top, every other eligible one on request, and those who cannot with
// why. Reached from a match ended as not a fit (?previous=<matchId>), the new match replaces it.
import { useState } from 'react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { SUGGESTED_COUNT, type ExcludedPeer, type MatchSuggestion } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { personName } from '../people/person-form-values';
import { useParticipant } from '../participants/useParticipant';
import { SuggestionCard } from './SuggestionCard';
import { useMatch, useSuggestions } from './useMatches';

const positiveId = (value: string | null | undefined): number | null => {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : null;
};

export function SuggestionsPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const participantId = positiveId(params.participantId);
  if (participantId === null) return <Navigate to="/participants" replace />;
  const previousId = positiveId(search.get('previous'));
  return <Suggestions key={`${participantId}-${previousId}`} participantId={participantId} previousId={previousId} />;
}

function Suggestions({ participantId, previousId }: { participantId: number; previousId: number | null }) {
  const participant = useParticipant(participantId);
  const suggestions = useSuggestions(participantId);
  const failed = participant.error ?? suggestions.error;
  const name = participant.data ? personName(participant.data) : null;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/participants">Participants</Link> ›{' '}
        <Link to={`/participants/${participantId}`}>{name ?? 'Participant'}</Link>
      </p>
      <h1>Find a peer supporter{name ? ` for ${name}` : ''}</h1>
      {previousId === null ? null : <ReplacedMatch matchId={previousId} participantId={participantId} />}
      {failed ? <Alert tone="error">{errorMessage(failed)}</Alert> : null}
      {!failed && (!participant.data || !suggestions.data) ? <p role="status">Loading…</p> : null}
      {suggestions.data && name ? (
        <>
          {suggestions.data.fallback ? <Alert tone="info">{suggestions.data.fallback}</Alert> : null}
          <RankedPeers ranked={suggestions.data.ranked} participantId={participantId} previousId={previousId} />
          <ExcludedPeers excluded={suggestions.data.excluded} />
        </>
      ) : null}
    </>
  );
}

/** Names the match being replaced; passed on only when it is this participant's. */
function ReplacedMatch({ matchId, participantId }: { matchId: number; participantId: number }) {
  const match = useMatch(matchId);
  if (!match.data || match.data.participant.id !== participantId) return null;
  return (
    <Alert tone="info">
      Replacing the <Link to={`/matches/${matchId}`}>match with {match.data.peerSupporter.name}</Link>, ended as not a
      fit.
    </Alert>
  );
}

function RankedPeers(props: { ranked: MatchSuggestion[]; participantId: number; previousId: number | null }) {
  const [showAll, setShowAll] = useState(false);
  const { ranked, participantId, previousId } = props;
  const suggested = ranked.slice(0, SUGGESTED_COUNT);
  const others = ranked.slice(SUGGESTED_COUNT);
  const card = (suggestion: MatchSuggestion, isSuggested: boolean) => (
    <SuggestionCard
      key={suggestion.peer.id}
      suggestion={suggestion}
      participantId={participantId}
      suggested={isSuggested}
      previousMatchId={previousId}
    />
  );
  if (ranked.length === 0) {
    return <p>No peer supporter can take this participant now.</p>;
  }
  return (
    <>
      <section aria-labelledby="suggested-title">
        <h2 id="suggested-title">Suggested</h2>
        <ol className="suggestions">{suggested.map((suggestion) => card(suggestion, true))}</ol>
      </section>
      {others.length > 0 ? (
        <section aria-labelledby="others-title">
          <div className="panel-heading">
            <h2 id="others-title">Other eligible peer supporters ({others.length.toLocaleString('en-US')})</h2>
            <button type="button" aria-expanded={showAll} onClick={() => setShowAll((shown) => !shown)}>
              {showAll ? 'Hide the others' : 'Show all eligible'}
            </button>
          </div>
          {showAll ? (
            <ol className="suggestions" start={SUGGESTED_COUNT + 1}>
              {others.map((suggestion) => card(suggestion, false))}
            </ol>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function ExcludedPeers({ excluded }: { excluded: ExcludedPeer[] }) {
  if (excluded.length === 0) return null;
  return (
    <details className="excluded-peers">
      <summary>Not available ({excluded.length.toLocaleString('en-US')})</summary>
      <ul aria-label="Not available">
        {excluded.map(({ peer, reasons }) => (
          <li key={peer.id}>
            <Link to={`/peer-supporters/${peer.id}`}>{peer.name}</Link>: {reasons.join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}
