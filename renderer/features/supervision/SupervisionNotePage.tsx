// One supervision note (/peer-supporters/:peerSupporterId/supervision/:noteId) or a new one
// (…/supervision/new). Opening a note is recorded in the audit log.
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { todayIso } from '../../../shared/api/fields';
import type { SupervisionNote } from '../../../shared/api/supervision';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { usePeerSupporter } from '../peer-supporters/usePeerSupporter';
import { personName } from '../people/person-form-values';
import { SupervisionNoteForm } from './SupervisionNoteForm';
import { useCompleteAction, useSupervisionNote, useSupervisors } from './useSupervision';

const positiveId = (value: string | undefined): number | null => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
};

export function SupervisionNotePage() {
  const params = useParams();
  const peerId = positiveId(params.peerSupporterId);
  if (peerId === null) return <Navigate to="/peer-supporters" replace />;
  if (params.noteId === undefined) return <NotePage key="new" peerId={peerId} noteId={null} />;
  const noteId = positiveId(params.noteId);
  if (noteId === null) return <Navigate to={`/peer-supporters/${peerId}`} replace />;
  return <NotePage key={noteId} peerId={peerId} noteId={noteId} />;
}

function NotePage({ peerId, noteId }: { peerId: number; noteId: number | null }) {
  const peer = usePeerSupporter(peerId);
  const supervisors = useSupervisors();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  if (peer.error ?? supervisors.error)
    return <Alert tone="error">{errorMessage(peer.error ?? supervisors.error)}</Alert>;
  if (!peer.data || !supervisors.data) return <p role="status">Loading…</p>;
  const name = personName(peer.data);
  const breadcrumb = (
    <p className="breadcrumb">
      <Link to="/peer-supporters">Peer supporters</Link> › <Link to={`/peer-supporters/${peerId}`}>{name}</Link>
    </p>
  );
  const person = { id: peerId, name };
  if (noteId === null) {
    return (
      <>
        {breadcrumb}
        <h1>New supervision note: {name}</h1>
        <SupervisionNoteForm peer={person} supervisors={supervisors.data} />
      </>
    );
  }
  return (
    <>
      {breadcrumb}
      <ExistingNote noteId={noteId} peer={person} created={created} supervisors={supervisors.data} />
    </>
  );
}

function ExistingNote(props: {
  noteId: number;
  peer: { id: number; name: string };
  created: boolean;
  supervisors: Parameters<typeof SupervisionNoteForm>[0]['supervisors'];
}) {
  const note = useSupervisionNote(props.noteId);
  if (note.isError) return <Alert tone="error">{errorMessage(note.error)}</Alert>;
  if (!note.data) return <p role="status">Loading…</p>;
  if (!note.data.peerSupporterIds.includes(props.peer.id)) {
    return <Alert tone="error">This supervision note is not about {props.peer.name}.</Alert>;
  }
  return (
    <>
      <h1>
        Supervision on {formatDay(note.data.heldOn)}: {props.peer.name}
      </h1>
      {props.created ? <Alert tone="success">Supervision note saved.</Alert> : null}
      <ActionItemsPanel note={note.data} />
      {note.data.caseReviews.length > 0 ? (
        <p>
          Participants reviewed:{' '}
          {note.data.caseReviews.map((review, index) => (
            <span key={review.participantId}>
              {index > 0 ? ', ' : null}
              <Link to={`/participants/${review.participantId}`}>{review.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <SupervisionNoteForm peer={props.peer} supervisors={props.supervisors} note={note.data} />
    </>
  );
}

function ActionItemsPanel({ note }: { note: SupervisionNote }) {
  const complete = useCompleteAction();
  if (note.actions.length === 0) return null;
  const today = todayIso();
  return (
    <section className="panel" aria-labelledby="note-actions-title">
      <h2 id="note-actions-title">Follow-up</h2>
      {complete.isError ? <Alert tone="error">{errorMessage(complete.error)}</Alert> : null}
      <ul className="action-status-list">
        {note.actions.map((action) => {
          const overdue = action.completedOn === null && action.dueOn < today;
          return (
            <li key={action.id}>
              <span>
                {action.description} ({action.owner}), due {formatDay(action.dueOn)}
              </span>
              {action.completedOn ? (
                <span className="badge">Done {formatDay(action.completedOn)}</span>
              ) : overdue ? (
                <span className="badge badge-danger">Overdue</span>
              ) : null}{' '}
              <button
                type="button"
                className="button-small"
                disabled={complete.isPending}
                onClick={() =>
                  complete.mutate({ id: action.id, completedOn: action.completedOn === null ? today : null })
                }
              >
                {action.completedOn === null ? `Mark done: ${action.description}` : `Reopen: ${action.description}`}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
