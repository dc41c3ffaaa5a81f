// Starting a proposed match: from which day. The participant becomes matched and the peer
// supporter has one place less.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { todayIso } from '../../../shared/api/fields';
import { matchStartInput, type Match } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useStartMatch } from './useMatches';

export function StartMatchForm({ match }: { match: Match }) {
  const start = useStartMatch();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: zodResolver(matchStartInput),
    defaultValues: { id: match.id, startedOn: todayIso() },
  });
  const submit = handleSubmit((values) =>
    start.mutate(values, { onError: (error) => applyFieldErrors(error, setError, { startedOn: 'startedOn' }) }),
  );
  const serverFieldError = formState.errors.startedOn?.type === 'server';
  return (
    <form noValidate aria-label="Start the match" onSubmit={(event) => void submit(event)}>
      {start.isError && !serverFieldError ? <Alert tone="error">{errorMessage(start.error)}</Alert> : null}
      <div className="field-row">
        <TextField
          label="Start date"
          type="date"
          error={formState.errors.startedOn?.message}
          {...register('startedOn')}
        />
      </div>
      <button type="submit" className="button-primary" disabled={start.isPending}>
        Start match
      </button>
    </form>
  );
}
