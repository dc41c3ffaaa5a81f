// "Test a restore": the newest backup restored into a scratch folder, checked and deleted, the
// result kept in the audit log. It asks for the backup's passphrase, which it also proves known.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { RestoreTestResult } from '../../../shared/api/backup';
import { backupTestRestoreInput } from '../../../shared/api/backup';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/format-date';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { daysAgo } from './backup-words';
import { useBackupStatus, useTestRestore } from './useBackups';

export function TestRestorePanel() {
  const status = useBackupStatus();
  const test = useTestRestore();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: zodResolver(backupTestRestoreInput),
    defaultValues: { passphrase: '' },
  });
  const submit = handleSubmit(({ passphrase }) =>
    test.mutate(passphrase, {
      onSuccess: () => reset(),
      onError: (error) => applyFieldErrors(error, setError, { passphrase: 'passphrase' }),
    }),
  );
  const fieldError = formState.errors.passphrase;
  const last = status.data?.lastRestoreTest ?? null;
  return (
    <section className="panel" aria-labelledby="test-restore-title">
      <h2 id="test-restore-title">Test a restore</h2>
      <p>
        Restores the newest backup into a scratch folder, as a new computer would, checks it, then deletes the copy. Do
        it every few months: a backup only counts if it opens.
      </p>
      {last ? <RestoreTestOutcome result={last} /> : <p>No restore has been tested yet.</p>}
      <form noValidate onSubmit={(event) => void submit(event)}>
        {test.isError && fieldError?.type !== 'server' ? <Alert tone="error">{errorMessage(test.error)}</Alert> : null}
        <TextField
          label="Passphrase of the newest backup"
          type="password"
          autoComplete="off"
          hint="Usually this program’s passphrase; the one it had when the backup was made."
          error={fieldError?.message}
          {...register('passphrase')}
        />
        <div className="actions actions-start">
          <button type="submit" className="button-primary" disabled={test.isPending}>
            {test.isPending ? 'Testing the restore…' : 'Test a restore'}
          </button>
        </div>
      </form>
    </section>
  );
}

function RestoreTestOutcome({ result }: { result: RestoreTestResult }) {
  const when = `${formatDate(result.at)} (${daysAgo(result.at)})`;
  return (
    <Alert
      tone={result.ok ? 'success' : 'error'}
      title={result.ok ? `Restore test passed ${when}` : `Restore test failed ${when}`}
    >
      {result.fileName}: {result.message}
    </Alert>
  );
}
