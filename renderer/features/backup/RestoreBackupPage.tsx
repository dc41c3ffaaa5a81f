// Restore from a backup, asked for inside the app. The program is locked first (its records
// leave the screen and the cache), then the unlock screen opens on the restore.
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { useLockProgram } from '../program/useLockProgram';
import { requestRestoreAfterLock } from './restore-request';

export function RestoreBackupPage() {
  const lock = useLockProgram();
  return (
    <>
      <h1>Restore from a backup</h1>
      <section className="panel" aria-labelledby="restore-start-title">
        <h2 id="restore-start-title">Replace this program with a backup</h2>
        <p>
          Restoring replaces this program’s records with the backup’s. The program as it is now is kept aside in its
          folder, not deleted. After the restore, the program opens with the backup’s passphrase.
        </p>
        <p>PeerDesk locks the program first, then asks which backup to restore.</p>
        {lock.isError ? <Alert tone="error">{errorMessage(lock.error)}</Alert> : null}
        <div className="actions actions-start">
          <button
            type="button"
            className="button-primary"
            disabled={lock.isPending}
            onClick={() => {
              requestRestoreAfterLock();
              lock.mutate();
            }}
          >
            Lock and choose a backup
          </button>
        </div>
      </section>
    </>
  );
}
