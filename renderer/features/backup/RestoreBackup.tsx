// Restore from a backup: choose the file (backups found on drives and in the folders this program
// backed up to are offered first), give that backup's passphrase or the recovery key, see what it
// holds, then restore. Nothing changes until the last button; a program already on this computer
// is kept aside, and replacing it must be ticked.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { BackupPreview, BackupSecret } from '../../../shared/api/backup';
import { backupFileSchema } from '../../../shared/api/backup';
import { currentPassphraseSchema, recoveryKeyInputSchema } from '../../../shared/api/schemas';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/call';
import { Alert } from '../../components/Alert';
import { CheckboxField } from '../../components/CheckboxField';
import { formatDate } from '../../components/format-date';
import { TextField } from '../../components/TextField';
import { RecoveryKeyField } from '../../forms/RecoveryKeyField';
import { PathField } from './PathField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { NewPassphraseFields } from '../../forms/NewPassphraseFields';
import { newPassphraseFields, passphrasesMatch, CONFIRM_MISMATCH } from '../../forms/passphrase-rules';
import { backupKeys } from './backup-keys';

const OTHER = 'other';

const restoreFormSchema = z
  .object({
    source: z.string(),
    otherFile: z.string(),
    method: z.enum(['passphrase', 'recovery-key']),
    passphrase: z.string(),
    recoveryKey: z.string(),
    // Checked below, only when the recovery key is the way in.
    newPassphrase: z.string(),
    confirmPassphrase: z.string(),
    replace: z.boolean(),
  })
  .superRefine((values, context) => {
    const check = (schema: z.ZodType, value: unknown, path: string) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) context.addIssue({ code: 'custom', path: [path], message: parsed.error.issues[0].message });
    };
    if (values.source === OTHER) check(backupFileSchema, values.otherFile, 'otherFile');
    if (values.method === 'passphrase') {
      check(currentPassphraseSchema, values.passphrase, 'passphrase');
    } else {
      check(recoveryKeyInputSchema, values.recoveryKey, 'recoveryKey');
      check(newPassphraseFields.newPassphrase, values.newPassphrase, 'newPassphrase');
      if (!passphrasesMatch(values))
        context.addIssue({ code: 'custom', path: ['confirmPassphrase'], message: CONFIRM_MISMATCH });
    }
  });
type RestoreForm = z.infer<typeof restoreFormSchema>;

const countLabels: Array<[string, string]> = [
  ['participants', 'Participants'],
  ['peerSupporters', 'Peer supporters'],
  ['matches', 'Matches'],
  ['contacts', 'Contacts'],
  ['consents', 'Consents'],
  ['supervisionNotes', 'Supervision notes'],
];

interface RestoreBackupProps {
  /** A program is already on this computer: restoring replaces it (kept aside). */
  replacing: boolean;
}

export function RestoreBackup({ replacing }: RestoreBackupProps) {
  const client = useQueryClient();
  const found = useQuery({ queryKey: backupKeys.found(), queryFn: () => call('backup.found', {}) });
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const { register, handleSubmit, formState, setError, control, setValue } = useForm<RestoreForm>({
    resolver: zodResolver(restoreFormSchema),
    defaultValues: {
      source: OTHER,
      otherFile: '',
      method: 'passphrase',
      passphrase: '',
      recoveryKey: '',
      newPassphrase: '',
      confirmPassphrase: '',
      replace: false,
    },
  });
  const values = useWatch({ control });
  // The newest backup found is the likely one: chosen until the person chooses otherwise.
  const newestFound = found.data?.[0]?.file;
  // Only a choice of file counts: a passphrase typed before the list arrives keeps the newest chosen.
  const fileChosen = Boolean(formState.dirtyFields.source || formState.dirtyFields.otherFile);
  useEffect(() => {
    if (newestFound && !fileChosen) setValue('source', newestFound);
  }, [newestFound, fileChosen, setValue]);
  const fieldNames = {
    file: 'otherFile',
    'secret.passphrase': 'passphrase',
    'secret.recoveryKey': 'recoveryKey',
    'secret.newPassphrase': 'newPassphrase',
    replace: 'replace',
  } as const;
  const fileOf = (form: RestoreForm) => (form.source === OTHER ? form.otherFile.trim() : form.source);
  const secretOf = (form: RestoreForm): BackupSecret =>
    form.method === 'passphrase' ? { passphrase: form.passphrase } : { recoveryKey: form.recoveryKey };

  const inspect = useMutation({
    mutationFn: (form: RestoreForm) => call('backup.inspect', { file: fileOf(form), secret: secretOf(form) }),
    onSuccess: setPreview,
    onError: (error) => applyFieldErrors(error, setError, fieldNames),
  });
  const restore = useMutation({
    mutationFn: (form: RestoreForm) =>
      call('backup.restore', {
        file: fileOf(form),
        secret:
          form.method === 'passphrase'
            ? { passphrase: form.passphrase }
            : { recoveryKey: form.recoveryKey, newPassphrase: form.newPassphrase },
        replace: form.replace,
      }),
    onSuccess: () => client.invalidateQueries(),
    onError: (error) => applyFieldErrors(error, setError, fieldNames),
  });
  // A preview stands for the file and secret it was read with: changing either asks again.
  const previewed = preview !== null && inspect.variables !== undefined && sameChoice(inspect.variables, values);
  const { errors } = formState;
  const busy = inspect.isPending || restore.isPending;
  const failure = inspect.isError ? inspect.error : restore.isError ? restore.error : null;
  const hasFieldError = Object.values(errors).some((error) => error?.type === 'server');

  const submit = handleSubmit((form) => {
    if (!previewed) {
      inspect.mutate(form);
      return;
    }
    if (replacing && !form.replace) {
      setError('replace', { message: 'Tick this to replace the program on this computer.' }, { shouldFocus: true });
      return;
    }
    restore.mutate(form);
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="restore-form">
      <fieldset className="radio-list">
        <legend>Which backup?</legend>
        {found.data?.map((backup) => (
          <label key={backup.file} className="radio">
            <input type="radio" value={backup.file} {...register('source')} />
            <span>
              <strong>{backup.fileName}</strong>
              <span className="hint">
                Made {formatDate(backup.createdAt)}, in {backup.folder}
              </span>
            </span>
          </label>
        ))}
        <label className="radio">
          <input type="radio" value={OTHER} {...register('source')} />
          <span>{found.data?.length ? 'Another backup file' : 'A backup file'}</span>
        </label>
        {values.source === OTHER ? (
          <PathField
            kind="backup-file"
            className="path-field-indented"
            label="Path of the backup file"
            hint="The full path of a .pdbackup file, for example E:\PeerDesk-Riverside-Peers-20260302-090000.pdbackup"
            error={errors.otherFile?.message}
            onChosen={(file) => setValue('otherFile', file, { shouldValidate: true, shouldDirty: true })}
            {...register('otherFile')}
          />
        ) : null}
      </fieldset>

      <fieldset className="radio-list">
        <legend>Open it with</legend>
        <label className="radio">
          <input type="radio" value="passphrase" {...register('method')} />
          <span>The passphrase the program had when the backup was made</span>
        </label>
        <label className="radio">
          <input type="radio" value="recovery-key" {...register('method')} />
          <span>The recovery key (then choose a new passphrase)</span>
        </label>
      </fieldset>
      {values.method === 'passphrase' ? (
        <TextField
          label="Passphrase of the backup"
          type="password"
          autoComplete="off"
          error={errors.passphrase?.message}
          {...register('passphrase')}
        />
      ) : (
        <>
          <RecoveryKeyField error={errors.recoveryKey?.message} {...register('recoveryKey')} />
          <NewPassphraseFields
            passphrase={values.newPassphrase ?? ''}
            userInputs={['peerdesk']}
            field={register('newPassphrase')}
            confirmField={register('confirmPassphrase')}
            error={errors.newPassphrase?.message}
            confirmError={errors.confirmPassphrase?.message}
          />
        </>
      )}

      {failure && !hasFieldError ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}

      {previewed ? (
        <section className="backup-preview" aria-labelledby="backup-preview-title">
          <h2 id="backup-preview-title">This backup holds</h2>
          <dl className="facts">
            <dt>Program</dt>
            <dd>{preview.programName}</dd>
            <dt>Made</dt>
            <dd>
              {formatDate(preview.createdAt)} by PeerDesk {preview.appVersion}
            </dd>
            {countLabels.map(([kind, label]) => (
              <div key={kind} className="facts-row">
                <dt>{label}</dt>
                <dd>{preview.recordCounts[kind] ?? 0}</dd>
              </div>
            ))}
          </dl>
          <p>The backup is whole: its checksum and its database check out.</p>
          {replacing ? (
            <>
              <CheckboxField
                label="Replace the program on this computer with this backup. The program there now is kept aside in its folder, not deleted."
                {...register('replace')}
              />
              {errors.replace?.message ? (
                <p className="field-error" role="alert">
                  {errors.replace.message}
                </p>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}

      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={busy}>
          {restore.isPending
            ? 'Restoring…'
            : inspect.isPending
              ? 'Checking the backup…'
              : previewed
                ? 'Restore this backup'
                : 'Check the backup'}
        </button>
      </div>
    </form>
  );
}

function sameChoice(a: RestoreForm, b: Partial<RestoreForm>): boolean {
  return (
    a.source === b.source &&
    a.otherFile === b.otherFile &&
    a.method === b.method &&
    a.passphrase === b.passphrase &&
    a.recoveryKey === b.recoveryKey
  );
}
