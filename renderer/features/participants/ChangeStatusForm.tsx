// Moves a participant along referred, waiting, matched, closed (with a reason) and back again.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { todayIso } from '../../../shared/api/fields';
import {
  participantStatusChangeInput,
  participantStatusLabels,
  participantStatuses,
  type Participant,
} from '../../../shared/api/participants';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable } from '../vocabulary/vocabulary-groups';
import { asId } from '../people/form-value-parsers';
import { useChangeParticipantStatus } from './useChangeParticipantStatus';

export function ChangeStatusForm({ participant, onDone }: { participant: Participant; onDone: () => void }) {
  const change = useChangeParticipantStatus();
  const reasons = useVocabulary('closure-reason');
  const next = participantStatuses.filter((status) => status !== participant.status);
  const { register, handleSubmit, formState, setError, control } = useForm({
    resolver: zodResolver(participantStatusChangeInput),
    defaultValues: { id: participant.id, status: next[0], on: todayIso(), closureReasonId: null, note: '' },
  });
  const status = useWatch({ control, name: 'status' });
  const submit = handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: onDone,
      onError: (error) =>
        applyFieldErrors(error, setError, {
          status: 'status',
          on: 'on',
          closureReasonId: 'closureReasonId',
          note: 'note',
        }),
    }),
  );
  const errors = formState.errors;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate className="status-form" aria-label="Change status" onSubmit={(event) => void submit(event)}>
      {change.isError && !serverFieldError ? <Alert tone="error">{errorMessage(change.error)}</Alert> : null}
      <div className="field-row">
        <SelectField label="New status" error={errors.status?.message} {...register('status')}>
          {next.map((option) => (
            <option key={option} value={option}>
              {participantStatusLabels[option]}
            </option>
          ))}
        </SelectField>
        <TextField label="Date of the change" type="date" error={errors.on?.message} {...register('on')} />
      </div>
      {status === 'closed' ? (
        <SelectField
          label="Reason for closing"
          error={errors.closureReasonId?.message}
          {...register('closureReasonId', { setValueAs: asId })}
        >
          <option value="">Choose a reason</option>
          {choosable(reasons.data ?? []).map((term) => (
            <option key={term.id} value={term.id}>
              {term.label}
            </option>
          ))}
        </SelectField>
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
