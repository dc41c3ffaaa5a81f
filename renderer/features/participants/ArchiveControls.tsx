// Archive instead of delete: the record leaves the lists but stays for reports. Right after
// archiving, Undo restores it.
import { useState } from 'react';
import type { Participant } from '../../../shared/api/participants';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/format-date';
import { useArchiveParticipant } from './useArchiveParticipant';
import { useRestoreParticipant } from './useRestoreParticipant';

export function ArchiveControls({ participant }: { participant: Participant }) {
  const archive = useArchiveParticipant();
  const restore = useRestoreParticipant();
  const [justArchived, setJustArchived] = useState(false);
  const busy = archive.isPending || restore.isPending;
  const failure = archive.error ?? restore.error;
  const doRestore = () => restore.mutate({ id: participant.id }, { onSuccess: () => setJustArchived(false) });

  if (participant.archivedAt !== null) {
    return (
      <div className="archived-banner" role="status">
        {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
        <p className="archived-title">Archived</p>
        <p>
          {justArchived ? 'Archived just now. ' : `Archived on ${formatDate(participant.archivedAt)}. `}
          Hidden from lists, kept for reports.
        </p>
        <button type="button" className="button-primary" disabled={busy} onClick={doRestore}>
          {justArchived ? 'Undo' : 'Restore'}
        </button>
      </div>
    );
  }
  return (
    <div className="archive-controls">
      {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
      {restore.isSuccess ? <Alert tone="success">Restored: back in the lists.</Alert> : null}
      <button
        type="button"
        disabled={busy}
        onClick={() => archive.mutate({ id: participant.id }, { onSuccess: () => setJustArchived(true) })}
      >
        Archive
      </button>
    </div>
  );
}
