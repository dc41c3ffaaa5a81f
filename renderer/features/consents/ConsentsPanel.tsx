// A participant's consents at a glance, on their record: counts by status, each consent with
// what it lacks, and the way to record a new one.
import { Link } from 'react-router';
import { consentStatuses, consentStatusLabels } from '../../../shared/api/consents';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { ConsentStatusBadge } from './ConsentStatusBadge';
import { missingText } from './MissingElements';
import { useConsents } from './useConsents';

export function ConsentsPanel({ participantId }: { participantId: number }) {
  const consents = useConsents(participantId);
  const counts = consentStatuses
    .map((status) => ({ status, n: consents.data?.filter((c) => c.status === status).length ?? 0 }))
    .filter(({ n }) => n > 0);
  return (
    <section className="panel" aria-labelledby="consents-title">
      <div className="panel-heading">
        <h2 id="consents-title">Consents</h2>
        <Link className="button-like" to={`/participants/${participantId}/consents/new`}>
          Record a consent
        </Link>
      </div>
      {consents.isError ? <Alert tone="error">{errorMessage(consents.error)}</Alert> : null}
      {consents.isPending ? <p role="status">Loading…</p> : null}
      {consents.data?.length === 0 ? <p>No consents on file.</p> : null}
      {counts.length > 0 ? (
        <p className="consent-counts">
          {counts.map(({ status, n }) => `${n} ${consentStatusLabels[status].toLowerCase()}`).join(' · ')}
        </p>
      ) : null}
      {consents.data && consents.data.length > 0 ? (
        <ul className="consent-list">
          {consents.data.map((consent) => (
            <li key={consent.id}>
              <Link to={`/participants/${participantId}/consents/${consent.id}`}>{consent.kind.label}</Link>{' '}
              <ConsentStatusBadge status={consent.status} />
              {consent.signedOn ? <span> signed {formatDay(consent.signedOn)}</span> : null}
              {consent.expiresOn ? <span>, expires {formatDay(consent.expiresOn)}</span> : null}
              {consent.missing.length > 0 ? (
                <span className="consent-missing"> Missing: {missingText(consent)}.</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
