// The "Do not match" section of a participant's or a peer supporter's page: the people they must
// never be matched with (known to each other, the same household, another reason), which
// matching excludes; add a pair, or remove one recorded by mistake.
import { Link } from 'react-router';
import { doNotMatchReasonLabels, type DoNotMatchPair } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import type { PickedPerson } from '../people/PersonPicker';
import { AddDoNotMatchForm } from './AddDoNotMatchForm';
import type { DoNotMatchSide } from './do-not-match-keys';
import { useDoNotMatchPairs, useRemoveDoNotMatch } from './useDoNotMatch';

interface DoNotMatchSectionProps {
  side: DoNotMatchSide;
  person: PickedPerson;
}

/** The other person of a pair, as seen from `side`, and where their record is. */
function otherOf(pair: DoNotMatchPair, side: DoNotMatchSide) {
  return side === 'participant'
    ? { ...pair.peerSupporter, path: `/peer-supporters/${pair.peerSupporter.id}` }
    : { ...pair.participant, path: `/participants/${pair.participant.id}` };
}

export function DoNotMatchSection({ side, person }: DoNotMatchSectionProps) {
  const pairs = useDoNotMatchPairs(side, person.id);
  const remove = useRemoveDoNotMatch();
  return (
    <section className="panel" aria-labelledby="do-not-match-title">
      <h2 id="do-not-match-title">Do not match</h2>
      <p>
        {side === 'participant' ? 'Peer supporters' : 'Participants'} never to be matched with {person.name}: matching
        leaves them out.
      </p>
      {pairs.isPending ? <p role="status">Loading…</p> : null}
      {pairs.isError ? <Alert tone="error">{errorMessage(pairs.error)}</Alert> : null}
      {remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
      {pairs.data?.length === 0 ? <p>No one.</p> : null}
      {pairs.data && pairs.data.length > 0 ? (
        <ul className="term-list" aria-label="Not to be matched with">
          {pairs.data.map((pair) => {
            const other = otherOf(pair, side);
            return (
              <li key={pair.id} className="term">
                <span>
                  <Link to={other.path}>{other.name}</Link>: {doNotMatchReasonLabels[pair.reason].toLowerCase()}
                  {pair.note ? ` (${pair.note})` : ''}, recorded {formatDay(pair.recordedOn)}
                </span>{' '}
                <button
                  type="button"
                  className="button-small"
                  aria-label={`Remove do not match: ${other.name}`}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(pair.id)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <AddDoNotMatchForm side={side} person={person} />
    </section>
  );
}
