import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { useAuditVerification } from './useAuditVerification';

export function AuditLogSection() {
  const audit = useAuditVerification();
  const result = audit.data;
  return (
    <section className="panel" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <p>
        PeerDesk records setup, unlocking, locking and passphrase changes. Each entry is chained to the one before, so a
        changed or removed entry shows up here.
      </p>
      <div aria-live="polite">
        {audit.isFetching ? <p role="status">Checking the audit log…</p> : null}
        {audit.isError && !audit.isFetching ? <Alert tone="error">{errorMessage(audit.error)}</Alert> : null}
        {result && !audit.isFetching ? (
          result.intact ? (
            <p className="audit-ok">
              The audit log is intact: {result.entries} {result.entries === 1 ? 'entry' : 'entries'}, none changed or
              removed.
            </p>
          ) : (
            <Alert tone="error" title="The audit log has been altered">
              Entry {result.firstBrokenId} is the first that does not match the chain ({result.reason}). The log has{' '}
              {result.entries} {result.entries === 1 ? 'entry' : 'entries'}.
            </Alert>
          )
        ) : null}
      </div>
      <div className="actions actions-start">
        <button type="button" onClick={() => void audit.refetch()} disabled={audit.isFetching}>
          Check again
        </button>
      </div>
    </section>
  );
}
