// The peer supporter's status: where they are now and since when (with the leave's dates and
// its private reason), the change form, and every dated change before.
import { peerStatusLabels, type PeerSupporter } from '../../../shared/api/peer-supporters';
import { formatDay } from '../../components/format-day';
import { StatusHistoryList } from '../people/StatusHistoryList';
import { StatusPanel } from '../people/StatusPanel';
import { ChangePeerStatusForm } from './ChangePeerStatusForm';

export function PeerStatusPanel({ peer }: { peer: PeerSupporter }) {
  const onLeave = peer.status === 'on-leave';
  return (
    <StatusPanel
      archived={peer.archivedAt !== null}
      current={
        <>
          <p>
            <strong>{peerStatusLabels[peer.status]}</strong> since {formatDay(peer.statusSince)}
            {onLeave && peer.leaveUntil ? ` until ${formatDay(peer.leaveUntil)}` : ''}
          </p>
          {onLeave && peer.leaveReason ? (
            <p className="leave-reason">
              <span className="leave-reason-label">Reason (private):</span> {peer.leaveReason}
            </p>
          ) : null}
        </>
      }
      changeForm={(done) => <ChangePeerStatusForm peer={peer} onDone={done} />}
    >
      <StatusHistoryList history={peer.history} labels={peerStatusLabels} />
    </StatusPanel>
  );
}
