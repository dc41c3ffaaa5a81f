// A peer supporter's record (/peer-supporters/:id) or a new one (/peer-supporters/new).
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { DoNotMatchSection } from '../do-not-match/DoNotMatchSection';
import { ArchiveControls } from '../people/ArchiveControls';
import { SafeContactSummary } from '../people/SafeContactSummary';
import { personName } from '../people/person-form-values';
import { CertificationsPanel } from './CertificationsPanel';
import { PeerMatchesSection } from './PeerMatchesSection';
import { PeerStatusPanel } from './PeerStatusPanel';
import { SupervisionPanel } from '../supervision/SupervisionPanel';
import { PeerSupporterForm } from './PeerSupporterForm';
import { TrainingPanel } from './TrainingPanel';
import { useArchivePeerSupporter } from './useArchivePeerSupporter';
import { usePeerSupporter } from './usePeerSupporter';
import { useRestorePeerSupporter } from './useRestorePeerSupporter';

export function PeerSupporterRecordPage() {
  const { peerSupporterId } = useParams();
  if (peerSupporterId === undefined) {
    return (
      <>
        <BackToList />
        <h1>New peer supporter</h1>
        <PeerSupporterForm />
      </>
    );
  }
  const id = Number(peerSupporterId);
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/peer-supporters" replace />;
  return <ExistingPeerSupporter key={id} id={id} />;
}

function ExistingPeerSupporter({ id }: { id: number }) {
  const peer = usePeerSupporter(id);
  const archive = useArchivePeerSupporter();
  const restore = useRestorePeerSupporter();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  if (peer.isPending) return <p role="status">Loading…</p>;
  if (peer.isError) {
    return (
      <>
        <BackToList />
        <Alert tone="error">{errorMessage(peer.error)}</Alert>
      </>
    );
  }
  const record = peer.data;
  return (
    <>
      <BackToList />
      <h1>{personName(record)}</h1>
      {created ? <Alert tone="success">Peer supporter added.</Alert> : null}
      <ArchiveControls person={record} archive={archive} restore={restore} />
      <SafeContactSummary person={record} />
      <PeerStatusPanel peer={record} />
      <PeerMatchesSection peer={record} />
      <SupervisionPanel peer={record} />
      <TrainingPanel peer={record} />
      <CertificationsPanel peer={record} />
      <DoNotMatchSection side="peer-supporter" person={{ id: record.id, name: personName(record) }} />
      <PeerSupporterForm peer={record} />
    </>
  );
}

function BackToList() {
  return (
    <p className="breadcrumb">
      <Link to="/peer-supporters">Peer supporters</Link>
    </p>
  );
}
