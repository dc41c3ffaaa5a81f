import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { currentPassphraseSchema } from '../../../shared/api/schemas';
import { errorMessage, isApiError } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields } from '../../forms/NewPassphraseFields';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { mismatchIssue, newPassphraseFields, passphrasesMatch } from '../../forms/passphrase-rules';
import { useChangePassphrase } from './useChangePassphrase';

const changeFormSchema = z
  .object({ currentPassphrase: currentPassphraseSchema, ...newPassphraseFields })
  .refine(passphrasesMatch, mismatchIssue);

const EMPTY = { currentPassphrase: '', newPassphrase: '', confirmPassphrase: '' };

export function ChangePassphraseForm() {
  const change = useChangePassphrase();
  const { register, handleSubmit, formState, setError, reset, control } = useForm({
    resolver: zodResolver(changeFormSchema),
    defaultValues: EMPTY,
  });
  const newPassphrase = useWatch({ control, name: 'newPassphrase' });
  const { errors } = formState;
  const submit = handleSubmit(({ currentPassphrase, newPassphrase }) =>
    change.mutate(
      { currentPassphrase, newPassphrase },
      {
        onSuccess: () => reset(EMPTY),
        onError: (error) => {
          if (isApiError(error, 'WRONG_PASSPHRASE')) {
            setError(
              'currentPassphrase',
              { type: 'server', message: 'That is not the current passphrase. Nothing was changed.' },
              { shouldFocus: true },
            );
          } else {
            applyFieldErrors(error, setError, {
              currentPassphrase: 'currentPassphrase',
              newPassphrase: 'newPassphrase',
            });
          }
        },
      },
    ),
  );
  const hasServerFieldError = Object.values(errors).some((e) => e?.type === 'server');
  return (
    <section className="panel" aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title">Change passphrase</h2>
      <p>The recovery key stays the same. The records are not touched.</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {change.isSuccess ? (
          <Alert tone="success">Passphrase changed. Use the new passphrase the next time you unlock PeerDesk.</Alert>
        ) : null}
        {change.isError && !hasServerFieldError ? <Alert tone="error">{errorMessage(change.error)}</Alert> : null}
        <TextField
          label="Current passphrase"
          type="password"
          autoComplete="current-password"
          error={errors.currentPassphrase?.message}
          {...register('currentPassphrase')}
        />
        <NewPassphraseFields
          passphrase={newPassphrase}
          userInputs={['peerdesk']}
          field={register('newPassphrase')}
          confirmField={register('confirmPassphrase')}
          error={errors.newPassphrase?.message}
          confirmError={errors.confirmPassphrase?.message}
        />
        <div className="actions actions-start">
          <button type="submit" className="button-primary" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change passphrase'}
          </button>
        </div>
      </form>
    </section>
  );
}
