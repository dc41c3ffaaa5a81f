// Archive instead of delete: the record leaves the lists but stays for reports. Right after
// archiving, Undo restores it. Each kind of person passes its own archive and restore commands.
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/format-date';

interface IdCommand {
  mutate: (input: { id: number }, options?: { onSuccess?: () => void }) => void;
  isPending: boolean;
  isSuccess: boolean;
  error: Error | null;
}

interface ArchiveControlsProps {
  person: { id: number; archivedAt: string | null };
  archive: IdCommand;
  restore: IdCommand;
}

export function ArchiveControls({ person, archive, restore }: ArchiveControlsProps) {
  const [justArchived, setJustArchived] = useState(false);
  const busy = archive.isPending || restore.isPending;
  const failure = archive.error ?? restore.error;
  const doRestore = () => restore.mutate({ id: person.id }, { onSuccess: () => setJustArchived(false) });

  if (person.archivedAt !== null) {
    return (
      <div className="archived-banner" role="status">
        {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
        <p className="archived-title">Archived</p>
        <p>
          {justArchived ? 'Archived just now. ' : `Archived on ${formatDate(person.archivedAt)}. `}
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
        onClick={() => archive.mutate({ id: person.id }, { onSuccess: () => setJustArchived(true) })}
      >
        Archive
      </button>
    </div>
  );
}
