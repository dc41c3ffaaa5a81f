// One consent (/participants/:participantId/consents/:consentId), or a new one (…/consents/new):
// its status and what it lacks, its elements, the printable form, the signed scan, revocation.
import { useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import type { Consent } from '../../../shared/api/consents';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/call';
import { Alert } from '../../components/Alert';
import { downloadFile } from '../../components/download-file';
import { formatDay } from '../../components/format-day';
import { personName } from '../people/person-form-values';
import { useParticipant } from '../participants/useParticipant';
import { useProgramInfo } from '../program/useProgramInfo';
import { ConsentForm } from './ConsentForm';
import { ConsentScanPanel } from './ConsentScanPanel';
import { ConsentStatusBadge } from './ConsentStatusBadge';
import { MissingElements } from './MissingElements';
import { RevokeConsentForm } from './RevokeConsentForm';
import { useConsentKinds, useConsents } from './useConsents';

const positiveId = (value: string | undefined): number | null => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
};

export function ConsentRecordPage() {
  const params = useParams();
  const participantId = positiveId(params.participantId);
  if (participantId === null) return <Navigate to="/participants" replace />;
  if (params.consentId === undefined) return <ConsentPage key="new" participantId={participantId} consentId={null} />;
  const consentId = positiveId(params.consentId);
  if (consentId === null) return <Navigate to={`/participants/${participantId}`} replace />;
  return <ConsentPage key={consentId} participantId={participantId} consentId={consentId} />;
}

function ConsentPage({ participantId, consentId }: { participantId: number; consentId: number | null }) {
  const participant = useParticipant(participantId);
  const consents = useConsents(participantId);
  const kinds = useConsentKinds();
  const info = useProgramInfo();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const failed = participant.error ?? consents.error ?? kinds.error ?? info.error;
  if (failed) return <Alert tone="error">{errorMessage(failed)}</Alert>;
  if (!participant.data || !consents.data || !kinds.data || !info.data) return <p role="status">Loading…</p>;
  const name = personName(participant.data);
  const consent = consentId === null ? undefined : consents.data.find((c) => c.id === consentId);
  const breadcrumb = (
    <p className="breadcrumb">
      <Link to="/participants">Participants</Link> › <Link to={`/participants/${participantId}`}>{name}</Link>
    </p>
  );
  if (consentId !== null && !consent) {
    return (
      <>
        {breadcrumb}
        <Alert tone="error">That consent does not exist for {name}.</Alert>
      </>
    );
  }
  const form = (
    <ConsentForm
      participantId={participantId}
      programName={info.data.programName}
      kinds={kinds.data}
      {...(consent ? { consent } : {})}
    />
  );
  if (!consent) {
    return (
      <>
        {breadcrumb}
        <h1>New consent for {name}</h1>
        {form}
      </>
    );
  }
  return (
    <>
      {breadcrumb}
      <h1>
        {consent.kind.label}: {name}
      </h1>
      {created ? <Alert tone="success">Consent saved.</Alert> : null}
      <section className="panel consent-state" aria-label="Consent status">
        <p>
          <ConsentStatusBadge status={consent.status} />{' '}
          {consent.expiresOn ? `Expires ${formatDay(consent.expiresOn)}.` : null}
          {consent.expiryEvent ? ` Expires upon ${consent.expiryEvent}.` : null}
        </p>
        <MissingElements consent={consent} />
        {consent.revocation ? (
          <p>
            Revoked on {formatDay(consent.revocation.revokedOn)}, {consent.revocation.revokedHow}; recorded by{' '}
            {consent.revocation.recordedBy}.
          </p>
        ) : null}
        <PrintFormButton consent={consent} />
      </section>
      <ConsentScanPanel consent={consent} />
      {consent.revocation ? (
        <RevokedConsentFacts />
      ) : (
        <>
          {form}
          <section className="panel" aria-label="Revocation">
            <RevokeConsentForm consent={consent} recordedBy={info.data.leaderName} />
          </section>
        </>
      )}
    </>
  );
}

function RevokedConsentFacts() {
  return <p>A revoked consent is kept as it was. If the participant consents again, record a new consent.</p>;
}

function PrintFormButton({ consent }: { consent: Consent }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const print = async () => {
    setState({ busy: true, error: null });
    try {
      const file = await call('consents.form', { id: consent.id });
      downloadFile(file.fileName, 'application/pdf', file.pdfBase64);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: errorMessage(error) });
    }
  };
  return (
    <>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <button type="button" disabled={state.busy} onClick={() => void print()}>
        {state.busy ? 'Preparing the form…' : 'Print consent form (PDF)'}
      </button>
    </>
  );
}
