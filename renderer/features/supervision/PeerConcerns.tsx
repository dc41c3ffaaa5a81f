// The concerns raised to a supervisor in a peer supporter's contacts, in their Supervision
// section: what was raised, when, about whom, and whether it has been resolved.
import { Link } from 'react-router';
import type { RaisedConcern } from '../../../shared/api/contacts';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { ResolveConcernForm } from './ResolveConcernForm';
import { usePeerConcerns } from '../contacts/useContacts';

export function PeerConcerns({ peerSupporterId }: { peerSupporterId: number }) {
  const concerns = usePeerConcerns(peerSupporterId);
  return (
    <section className="concerns" aria-labelledby="peer-concerns-title">
      <h3 id="peer-concerns-title">Concerns raised in contacts</h3>
      {concerns.isPending ? <p role="status">Loading…</p> : null}
      {concerns.isError ? <Alert tone="error">{errorMessage(concerns.error)}</Alert> : null}
      {concerns.data?.length === 0 ? <p>None.</p> : null}
      {concerns.data && concerns.data.length > 0 ? (
        <ul className="term-list" aria-label="Concerns">
          {concerns.data.map((concern) => (
            <ConcernItem key={concern.contactId} concern={concern} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ConcernItem({ concern }: { concern: RaisedConcern }) {
  const raisedOn = formatDay(concern.raisedAt.slice(0, 10));
  return (
    <li className="term">
      <p>
        {raisedOn}, about <Link to={`/participants/${concern.participant.id}`}>{concern.participant.name}</Link>
        {concern.resolvedOn ? (
          <span className="badge">Resolved {formatDay(concern.resolvedOn)}</span>
        ) : (
          <span className="badge badge-warning">Open</span>
        )}
      </p>
      <p className="concern-text">{concern.concern}</p>
      {concern.resolvedOn ? (
        concern.resolution ? (
          <p>Resolution: {concern.resolution}</p>
        ) : null
      ) : (
        <ResolveConcernForm contactId={concern.contactId} name={`${concern.participant.name}, ${raisedOn}`} />
      )}
    </li>
  );
}
