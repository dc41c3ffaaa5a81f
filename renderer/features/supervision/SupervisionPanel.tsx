// The Supervision section of a peer supporter's page: when they were last supervised and when
// they are next due, the well-being trend, leave periods, the support agreement, the notes, and
// the concerns raised in their contacts.
import { Link } from 'react-router';
import type { PeerSupporter } from '../../../shared/api/peer-supporters';
import { supervisionFormatLabels, supervisionTopicLabels } from '../../../shared/api/supervision';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { PeerConcerns } from './PeerConcerns';
import { usePeerSupervision } from './useSupervision';

/** The well-being checks shown: the last year or so at the usual cadence. */
const TREND_POINTS = 12;

/** Each time the peer went on leave, and until when. */
function leavePeriods(peer: PeerSupporter): Array<{ from: string; to: string | null }> {
  const changes = [...peer.history].sort((a, b) => a.on.localeCompare(b.on) || a.id - b.id);
  return changes.flatMap((change, index) => {
    if (change.to !== 'on-leave') return [];
    const next = changes[index + 1];
    return [{ from: change.on, to: next ? next.on : peer.leaveUntil }];
  });
}

export function SupervisionPanel({ peer }: { peer: PeerSupporter }) {
  const supervision = usePeerSupervision(peer.id, `${peer.status} ${peer.statusSince}`);
  const leave = leavePeriods(peer);
  return (
    <section className="panel" aria-labelledby="supervision-title">
      <div className="panel-heading">
        <h2 id="supervision-title">Supervision</h2>
        <Link className="button-like" to={`/peer-supporters/${peer.id}/supervision/new`}>
          Write a supervision note
        </Link>
      </div>
      {supervision.isError ? <Alert tone="error">{errorMessage(supervision.error)}</Alert> : null}
      {supervision.isPending ? <p role="status">Loading…</p> : null}
      {supervision.data ? (
        <>
          <dl className="facts">
            <dt>Last supervised</dt>
            <dd>{supervision.data.lastSupervisedOn ? formatDay(supervision.data.lastSupervisedOn) : 'Never'}</dd>
            <dt>Next due</dt>
            <dd>
              {supervision.data.nextDueOn ? formatDay(supervision.data.nextDueOn) : 'Not while not active'}
              {supervision.data.overdue ? <span className="badge badge-danger">Overdue</span> : null}
            </dd>
            <dt>Support agreement</dt>
            <dd>{peer.wellnessAgreementOn ? `On file since ${formatDay(peer.wellnessAgreementOn)}` : 'Not on file'}</dd>
            <dt>Leave</dt>
            <dd>
              {leave.length === 0
                ? 'None'
                : leave.map(({ from, to }) => `${formatDay(from)} to ${to ? formatDay(to) : 'not set'}`).join('; ')}
            </dd>
            <dt>Well-being</dt>
            <dd>
              {supervision.data.wellbeingTrend.length === 0 ? (
                'Not checked yet'
              ) : (
                <ol className="wellbeing-trend" aria-label="Well-being over time">
                  {supervision.data.wellbeingTrend.slice(-TREND_POINTS).map((point) => (
                    <li key={point.noteId} className={point.concern ? 'concern' : undefined}>
                      <span className="wellbeing-score">{point.wellbeing}</span>
                      <span className="wellbeing-date">{formatDay(point.heldOn)}</span>
                      {point.concern ? <span className="badge badge-warning">Concern</span> : null}
                    </li>
                  ))}
                </ol>
              )}
            </dd>
          </dl>
          {supervision.data.notes.length === 0 ? (
            <p>No supervision notes yet.</p>
          ) : (
            <ul className="supervision-notes" aria-label="Supervision notes">
              {supervision.data.notes.map((note) => (
                <li key={note.id}>
                  <Link to={`/peer-supporters/${peer.id}/supervision/${note.id}`}>
                    {formatDay(note.heldOn)}: {supervisionFormatLabels[note.format]} with {note.supervisor}
                  </Link>
                  <span>
                    {' '}
                    {note.durationMinutes} min
                    {note.groupSize > 1 ? `, group of ${note.groupSize}` : ''}
                    {note.topics.length > 0
                      ? `; ${note.topics.map((topic) => supervisionTopicLabels[topic].toLowerCase()).join(', ')}`
                      : ''}
                  </span>
                  {note.openActions > 0 ? (
                    <span className="badge">
                      {note.openActions} open action{note.openActions === 1 ? '' : 's'}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      <PeerConcerns peerSupporterId={peer.id} />
    </section>
  );
}
