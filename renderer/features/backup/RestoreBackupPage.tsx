// Restore from a backup inside the app: the open program is replaced (kept aside) by the backup.
import { RestoreBackup } from './RestoreBackup';

export function RestoreBackupPage() {
  return (
    <>
      <h1>Restore from a backup</h1>
      <p>
        Restoring replaces this program’s records with the backup’s. The program as it is now is kept aside in its
        folder, not deleted. After the restore, the program opens with the backup’s passphrase.
      </p>
      <section className="panel" aria-label="Restore">
        <RestoreBackup replacing />
      </section>
    </>
  );
}
