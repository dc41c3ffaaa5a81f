// Backups: the last verified backup, a new one, the restore test, the settings, and the way to a
// restore.
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/format-date';
import { BackUpNowPanel } from './BackUpNowPanel';
import { BackupSettingsPanel } from './BackupSettingsPanel';
import { daysAgo } from './backup-words';
import { TestRestorePanel } from './TestRestorePanel';
import { useBackupStatus } from './useBackups';

export function BackupsPage() {
  return (
    <>
      <h1>Backups</h1>
      <LastBackupPanel />
      <BackUpNowPanel />
      <TestRestorePanel />
      <BackupSettingsPanel />
      <section className="panel" aria-labelledby="restore-title">
        <h2 id="restore-title">Restore</h2>
        <p>Bring back the program as it was in a backup, on this computer or a new one.</p>
        <Link to="/backups/restore">Restore from a backup…</Link>
      </section>
    </>
  );
}

function LastBackupPanel() {
  const status = useBackupStatus();
  const last = status.data?.lastBackup;
  return (
    <section className="panel" aria-labelledby="last-backup-title">
      <h2 id="last-backup-title">Last verified backup</h2>
      {status.isPending ? <p role="status">Loading…</p> : null}
      {status.isError ? <Alert tone="error">{errorMessage(status.error)}</Alert> : null}
      {status.data && !last ? <p>No backup yet. Back up now, to a USB drive.</p> : null}
      {last ? (
        <dl className="facts">
          <dt>When</dt>
          <dd>
            {formatDate(last.at)} ({daysAgo(last.at)})
          </dd>
          <dt>Where</dt>
          <dd>{last.folder}</dd>
          <dt>File</dt>
          <dd>{last.fileName}</dd>
        </dl>
      ) : null}
    </section>
  );
}
