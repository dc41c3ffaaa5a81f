// The certifications a peer supporter holds. One that expires within 60 days, or has expired,
// says so beside it (the list flags the peer too).
import type { Certification, PeerSupporter } from '../../../shared/api/peer-supporters';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { AddCertificationForm } from './AddCertificationForm';
import { useRemoveCertification } from './useRemoveCertification';

export function CertificationsPanel({ peer }: { peer: PeerSupporter }) {
  const remove = useRemoveCertification();
  return (
    <section className="panel" aria-labelledby="certifications-title">
      <h2 id="certifications-title">Certifications</h2>
      {remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
      {peer.certifications.length === 0 ? (
        <p>No certifications recorded yet.</p>
      ) : (
        <ul className="certification-list" aria-labelledby="certifications-title">
          {peer.certifications.map((certification) => (
            <li key={certification.id} className="certification">
              <span className="certification-name">{certification.name}</span>
              <ExpiryBadge certification={certification} />
              <span className="certification-dates">
                Issued {formatDay(certification.issuedOn)}
                {certification.expiresOn ? `, expires ${formatDay(certification.expiresOn)}` : ', does not expire'}
              </span>
              <button
                type="button"
                className="button-small"
                aria-label={`Remove certification: ${certification.name}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: certification.id })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddCertificationForm peerSupporterId={peer.id} />
    </section>
  );
}

function ExpiryBadge({ certification }: { certification: Certification }) {
  if (certification.expired) return <span className="badge badge-danger">Expired</span>;
  if (certification.expiringSoon) return <span className="badge badge-warning">Expires soon</span>;
  return null;
}
