// "Back up now": removable drives first, then the last folder used, then any folder. A bar shows
// the backup's progress and Cancel stops it; it ends with the words that say the drive may go.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { backupFolderSchema, type BackupDestinations } from '../../../shared/api/backup';
import { errorMessage, isApiError } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { backupStepLabels, formatBytes } from './backup-words';
import { PathField } from './PathField';
import { useBackupDestinations, useCancelBackup, useCreateBackup } from './useBackups';

const OTHER = 'other';

const destinationSchema = z
  .object({ destination: z.string(), otherFolder: z.string() })
  .superRefine((values, context) => {
    if (values.destination !== OTHER) return;
    const parsed = backupFolderSchema.safeParse(values.otherFolder);
    if (!parsed.success) {
      context.addIssue({ code: 'custom', path: ['otherFolder'], message: parsed.error.issues[0].message });
    }
  });
type DestinationForm = z.infer<typeof destinationSchema>;

export function BackUpNowPanel() {
  const destinations = useBackupDestinations();
  return (
    <section className="panel" aria-labelledby="back-up-now-title">
      <h2 id="back-up-now-title">Back up now</h2>
      <p>
        A backup is one encrypted file: only this program’s passphrase or recovery key opens it. Keep it on a USB drive
        that does not stay in the computer.
      </p>
      {destinations.isError ? <Alert tone="error">{errorMessage(destinations.error)}</Alert> : null}
      {destinations.isPending ? <p role="status">Looking for drives…</p> : null}
      {destinations.data ? <BackUpNowForm destinations={destinations.data} /> : null}
    </section>
  );
}

function BackUpNowForm({ destinations }: { destinations: BackupDestinations }) {
  const backup = useCreateBackup();
  const cancel = useCancelBackup();
  const { drives, lastFolder } = destinations;
  const lastIsDrive = drives.some((drive) => drive.path === lastFolder);
  const initial = drives[0]?.path ?? lastFolder ?? OTHER;
  const { register, handleSubmit, formState, setError, control, setValue } = useForm<DestinationForm>({
    resolver: zodResolver(destinationSchema),
    defaultValues: { destination: initial, otherFolder: '' },
  });
  const destination = useWatch({ control, name: 'destination' });
  const { isDirty } = formState;
  // A drive plugged in after the page opened is offered first once the list is asked again.
  useEffect(() => {
    if (!isDirty) setValue('destination', initial);
  }, [initial, isDirty, setValue]);

  const submit = handleSubmit((values) =>
    backup.mutate(values.destination === OTHER ? values.otherFolder.trim() : values.destination, {
      onError: (error) => applyFieldErrors(error, setError, { folder: 'otherFolder' }),
    }),
  );
  const running = backup.isPending;
  const cancelled = isApiError(backup.error, 'CANCELLED');
  const fieldError = formState.errors.otherFolder;

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="radio-list" disabled={running}>
        <legend>Where to</legend>
        {drives.map((drive) => (
          <label key={drive.path} className="radio">
            <input type="radio" value={drive.path} {...register('destination')} />
            <span>
              <strong>{drive.label}</strong> <span className="badge">Removable drive</span>
              <span className="hint">
                {drive.path}
                {drive.freeBytes !== null ? `, ${formatBytes(drive.freeBytes)} free` : ''}
              </span>
            </span>
          </label>
        ))}
        {lastFolder && !lastIsDrive ? (
          <label className="radio">
            <input type="radio" value={lastFolder} {...register('destination')} />
            <span>
              <strong>The folder used last time</strong>
              <span className="hint">{lastFolder}</span>
            </span>
          </label>
        ) : null}
        <label className="radio">
          <input type="radio" value={OTHER} {...register('destination')} />
          <span>{drives.length > 0 || lastFolder ? 'Another folder' : 'A folder'}</span>
        </label>
        {destination === OTHER ? (
          <PathField
            kind="folder"
            className="path-field-indented"
            label="Folder for the backup"
            hint="For example E:\ or /media/you/USB-DRIVE. PeerDesk keeps the newest 10 backups there."
            error={fieldError?.message}
            onChosen={(folder) => setValue('otherFolder', folder, { shouldValidate: true, shouldDirty: true })}
            {...register('otherFolder')}
          />
        ) : null}
      </fieldset>

      {running ? (
        <div className="backup-progress">
          <p id="backup-step" aria-live="polite">
            {backupStepLabels[backup.progress?.step ?? 'snapshot']}…
          </p>
          <progress aria-labelledby="backup-step" max={1} value={backup.progress?.fraction ?? 0} />
        </div>
      ) : null}
      {backup.isSuccess ? (
        <Alert tone="success" title="Backup verified. You can now remove the drive.">
          {backup.data.fileName} in {backup.data.file.slice(0, -backup.data.fileName.length - 1)}
        </Alert>
      ) : null}
      {cancelled ? <Alert tone="info">Backup cancelled. The earlier backups are as they were.</Alert> : null}
      {backup.isError && !cancelled && fieldError?.type !== 'server' ? (
        <Alert tone="error">{errorMessage(backup.error)}</Alert>
      ) : null}

      <div className="actions actions-start">
        {running ? (
          <button type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
            Cancel the backup
          </button>
        ) : (
          <button type="submit" className="button-primary">
            Back up now
          </button>
        )}
      </div>
    </form>
  );
}
