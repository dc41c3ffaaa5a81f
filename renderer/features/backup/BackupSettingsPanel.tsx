// When Home warns about backups, and the backup on quit.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { backupFolderSchema, backupWarningDaysSchema, type BackupStatus } from '../../../shared/api/backup';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { PathField } from './PathField';
import { useBackupStatus, useUpdateBackupSettings } from './useBackups';

const settingsSchema = z.object({
  warningDays: backupWarningDaysSchema,
  // Empty turns the backup on quit off.
  backupOnQuitFolder: z.union([z.literal(''), backupFolderSchema]),
});
type SettingsForm = z.input<typeof settingsSchema>;

const formValues = (status: BackupStatus): SettingsForm => ({
  warningDays: status.warningDays,
  backupOnQuitFolder: status.backupOnQuitFolder ?? '',
});

export function BackupSettingsPanel() {
  const status = useBackupStatus();
  return (
    <section className="panel" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">Backup settings</h2>
      {status.isError ? <Alert tone="error">{errorMessage(status.error)}</Alert> : null}
      {status.data ? <BackupSettingsFields current={status.data} /> : null}
    </section>
  );
}

function BackupSettingsFields({ current }: { current: BackupStatus }) {
  const update = useUpdateBackupSettings();
  const { register, handleSubmit, formState, setError, reset, setValue } = useForm({
    resolver: zodResolver(settingsSchema),
    defaultValues: formValues(current),
  });
  useEffect(() => reset(formValues(current)), [current, reset]);
  const submit = handleSubmit((values) =>
    update.mutate(
      { warningDays: values.warningDays, backupOnQuitFolder: values.backupOnQuitFolder.trim() || null },
      {
        onError: (error) =>
          applyFieldErrors(error, setError, { warningDays: 'warningDays', backupOnQuitFolder: 'backupOnQuitFolder' }),
      },
    ),
  );
  const { errors } = formState;
  const hasFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {update.isSuccess && !formState.isDirty ? <Alert tone="success">Backup settings saved.</Alert> : null}
      {update.isError && !hasFieldError ? <Alert tone="error">{errorMessage(update.error)}</Alert> : null}
      <TextField
        label="Warn on Home after this many days without a backup"
        type="number"
        inputMode="numeric"
        className="field-narrow"
        min={1}
        max={90}
        step={1}
        hint="Between 1 and 90 days."
        error={errors.warningDays?.message}
        {...register('warningDays', { valueAsNumber: true })}
      />
      <PathField
        kind="folder"
        label="Back up when PeerDesk quits, to this folder"
        hint="Leave empty for no backup on quit. PeerDesk backs up there when it closes with the program open."
        error={errors.backupOnQuitFolder?.message}
        onChosen={(folder) => setValue('backupOnQuitFolder', folder, { shouldValidate: true, shouldDirty: true })}
        {...register('backupOnQuitFolder')}
      />
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save backup settings'}
        </button>
      </div>
    </form>
  );
}
