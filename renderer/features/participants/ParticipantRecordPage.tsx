// A participant's record (/participants/:id) or a new one (/participants/new).
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { ArchiveControls } from '../people/ArchiveControls';
import { ConsentsPanel } from '../consents/ConsentsPanel';
import { MatchesSection } from '../matching/MatchesSection';
import { DoNotMatchSection } from '../do-not-match/DoNotMatchSection';
import { ParticipantSafeContact } from '../consents/ParticipantSafeContact';
import { personName } from '../people/person-form-values';
import { ParticipantForm } from './ParticipantForm';
import { StatusPanel } from './StatusPanel';
import { useArchiveParticipant } from './useArchiveParticipant';
import { useParticipant } from './useParticipant';
import { useRestoreParticipant } from './useRestoreParticipant';

export function ParticipantRecordPage() {
  const { participantId } = useParams();
  if (participantId === undefined) {
    return (
      <>
        <BackToList />
        <h1>New participant</h1>
        <ParticipantForm />
      </>
    );
  }
  const id = Number(participantId);
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/participants" replace />;
  return <ExistingParticipant key={id} id={id} />;
}

function ExistingParticipant({ id }: { id: number }) {
  const participant = useParticipant(id);
  const archive = useArchiveParticipant();
  const restore = useRestoreParticipant();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  if (participant.isPending) return <p role="status">Loading…</p>;
  if (participant.isError) {
    return (
      <>
        <BackToList />
        <Alert tone="error">{errorMessage(participant.error)}</Alert>
      </>
    );
  }
  const record = participant.data;
  return (
    <>
      <BackToList />
      <h1>{personName(record)}</h1>
      {created ? <Alert tone="success">Participant added.</Alert> : null}
      <ArchiveControls person={record} archive={archive} restore={restore} />
      <ParticipantSafeContact participant={record} />
      <StatusPanel participant={record} />
      <MatchesSection participant={record} />
      <ConsentsPanel participantId={record.id} />
      <DoNotMatchSection side="participant" person={{ id: record.id, name: personName(record) }} />
      <ParticipantForm participant={record} />
    </>
  );
}

function BackToList() {
  return (
    <p className="breadcrumb">
      <Link to="/participants">Participants</Link>
    </p>
  );
}
