// The concerns a peer supporter raised in their contacts, in their Supervision section: each
// with its participant and date, until the supervisor records how it was resolved.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { concernResolveInput, type RaisedConcern } from '../../../shared/api/contacts';
import { todayIso } from '../../../shared/api/fields';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { formatDay, formatDayTime } from '../../components/format-day';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { usePeerConcerns, useResolveConcern } from './useContacts';

export function RaisedConcerns({ peerSupporterId }: { peerSupporterId: number }) {
  const concerns = usePeerConcerns(peerSupporterId);
  if (concerns.isError) return <Alert tone="error">{errorMessage(concerns.error)}</Alert>;
  if (!concerns.data || concerns.data.length === 0) return null;
  return (
    <>
      <h3>Concerns raised in contacts</h3>
      <ul className="raised-concerns" aria-label="Concerns raised in contacts">
        {concerns.data.map((concern) => (
          <li key={concern.contactId}>
            <p>
              {formatDayTime(concern.raisedAt)}, about{' '}
              <Link to={`/participants/${concern.participant.id}`}>{concern.participant.name}</Link>: {concern.concern}
            </p>
            {concern.resolvedOn ? (
              <p>
                <span className="badge">Resolved {formatDay(concern.resolvedOn)}</span>
                {concern.resolution ? ` ${concern.resolution}` : null}
              </p>
            ) : (
              <ResolveConcernForm concern={concern} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function ResolveConcernForm({ concern }: { concern: RaisedConcern }) {
  const resolve = useResolveConcern();
  const { register, handleSubmit, formState, setError } = useForm<
    z.input<typeof concernResolveInput>,
    unknown,
    z.output<typeof concernResolveInput>
  >({
    resolver: zodResolver(concernResolveInput),
    defaultValues: { id: concern.contactId, resolvedOn: todayIso(), note: '' },
  });
  const errors = formState.errors;
  const submit = handleSubmit((values) =>
    resolve.mutate(values, {
      onError: (error) => applyFieldErrors(error, setError, { resolvedOn: 'resolvedOn', note: 'note' }),
    }),
  );
  const label = `the concern about ${concern.participant.name} of ${formatDayTime(concern.raisedAt)}`;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate aria-label={`Resolve ${label}`} onSubmit={(event) => void submit(event)}>
      {resolve.isError && !serverFieldError ? <Alert tone="error">{errorMessage(resolve.error)}</Alert> : null}
      <div className="field-row">
        <TextField label="Resolved on" type="date" error={errors.resolvedOn?.message} {...register('resolvedOn')} />
        <TextField label="How it was resolved" error={errors.note?.message} {...register('note')} />
      </div>
      <button type="submit" className="button-small" disabled={resolve.isPending}>
        Mark resolved
      </button>
    </form>
  );
}
