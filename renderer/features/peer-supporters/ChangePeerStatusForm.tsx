// Moves a peer supporter along applicant, in training, active, on leave (with dates and a
// private reason) and inactive.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { todayIso } from '../../../shared/api/fields';
import {
  peerStatusChangeInput,
  peerStatusLabels,
  peerStatuses,
  type PeerSupporter,
} from '../../../shared/api/peer-supporters';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { asOptionalDate } from '../people/form-value-parsers';
import { useChangePeerStatus } from './useChangePeerStatus';

export function ChangePeerStatusForm({ peer, onDone }: { peer: PeerSupporter; onDone: () => void }) {
  const change = useChangePeerStatus();
  const next = peerStatuses.filter((status) => status !== peer.status);
  const { register, handleSubmit, formState, setError, control } = useForm({
    resolver: zodResolver(peerStatusChangeInput),
    defaultValues: { id: peer.id, status: next[0], on: todayIso(), leaveUntil: null, leaveReason: '', note: '' },
  });
  const status = useWatch({ control, name: 'status' });
  const submit = handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: onDone,
      onError: (error) =>
        applyFieldErrors(error, setError, {
          status: 'status',
          on: 'on',
          leaveUntil: 'leaveUntil',
          leaveReason: 'leaveReason',
          note: 'note',
        }),
    }),
  );
  const errors = formState.errors;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  const onLeave = status === 'on-leave';
  return (
    <form noValidate className="status-form" aria-label="Change status" onSubmit={(event) => void submit(event)}>
      {change.isError && !serverFieldError ? <Alert tone="error">{errorMessage(change.error)}</Alert> : null}
      <div className="field-row">
        <SelectField label="New status" error={errors.status?.message} {...register('status')}>
          {next.map((option) => (
            <option key={option} value={option}>
              {peerStatusLabels[option]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={onLeave ? 'Leave from' : 'Date of the change'}
          type="date"
          error={errors.on?.message}
          {...register('on')}
        />
        {onLeave ? (
          <TextField
            label="Leave until"
            type="date"
            hint="Leave empty if not known yet."
            error={errors.leaveUntil?.message}
            {...register('leaveUntil', { setValueAs: asOptionalDate })}
          />
        ) : null}
      </div>
      {onLeave ? (
        <TextAreaField
          label="Reason for the leave (private)"
          hint="Shown only on this record."
          rows={2}
          error={errors.leaveReason?.message}
          {...register('leaveReason')}
        />
      ) : null}
      <TextAreaField label="Note" rows={2} error={errors.note?.message} {...register('note')} />
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={change.isPending}>
          {change.isPending ? 'Saving…' : 'Save status'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
