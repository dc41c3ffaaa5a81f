// The "Active matches" section of a peer supporter's page: the participants they support now (and
// those proposed), each linked to the match, and how many of their places are used.
import { Link } from 'react-router';
import type { PeerSupporter } from '../../../shared/api/peer-supporters';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { usePeerOpenMatches } from './usePeerOpenMatches';

export function PeerMatchesSection({ peer }: { peer: PeerSupporter }) {
  const matches = usePeerOpenMatches(peer.id);
  const rows = matches.data?.rows ?? [];
  // Only a started match takes a place.
  const used = rows.filter((match) => match.status === 'active').length;
  return (
    <section className="panel" aria-labelledby="peer-matches-title">
      <h2 id="peer-matches-title">Active matches</h2>
      {matches.isPending ? <p role="status">Loading…</p> : null}
      {matches.isError ? <Alert tone="error">{errorMessage(matches.error)}</Alert> : null}
      {matches.data ? (
        <>
          <p className="places-used">
            {used} of {peer.capacity} {peer.capacity === 1 ? 'place' : 'places'} used
          </p>
          {rows.length === 0 ? (
            <p>No active or proposed matches.</p>
          ) : (
            <ul className="term-list" aria-label="Matches">
              {rows.map((match) => (
                <li key={match.id} className="term">
                  <Link to={`/matches/${match.id}`}>{match.participant.name}</Link>{' '}
                  {match.status === 'active' && match.startedOn ? (
                    <span>since {formatDay(match.startedOn)}</span>
                  ) : (
                    <>
                      <span className="badge">Proposed</span> <span>on {formatDay(match.proposedOn)}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
