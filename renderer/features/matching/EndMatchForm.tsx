// Ending a match: when, why (and a note, needed for "other"), and what then happens to the
// participant: they wait for a new match, or they are closed with a reason.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { todayIso } from '../../../shared/api/fields';
import { matchEndInput, matchEndReasonLabels, matchEndReasons, type Match } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { asId } from '../people/form-value-parsers';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable } from '../vocabulary/vocabulary-groups';
import { useEndMatch } from './useMatches';

export function EndMatchForm({ match, onDone }: { match: Match; onDone: () => void }) {
  const end = useEndMatch();
  const closureReasons = useVocabulary('closure-reason');
  const form = useForm<z.input<typeof matchEndInput>, unknown, z.output<typeof matchEndInput>>({
    resolver: zodResolver(matchEndInput),
    defaultValues: { id: match.id, endedOn: todayIso(), note: '', then: 'wait', closureReasonId: null },
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const errors = formState.errors;
  const then = useWatch({ control, name: 'then' });
  const submit = handleSubmit((values) =>
    end.mutate(values, {
      onSuccess: onDone,
      onError: (error) =>
        applyFieldErrors(error, setError, {
          endedOn: 'endedOn',
          reason: 'reason',
          note: 'note',
          then: 'then',
          closureReasonId: 'closureReasonId',
        }),
    }),
  );
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate aria-label="End the match" onSubmit={(event) => void submit(event)}>
      {end.isError && !serverFieldError ? <Alert tone="error">{errorMessage(end.error)}</Alert> : null}
      <div className="field-row">
        <TextField label="End date" type="date" error={errors.endedOn?.message} {...register('endedOn')} />
        <SelectField label="Why the match ended" error={errors.reason?.message} {...register('reason')}>
          <option value="">Choose a reason</option>
          {matchEndReasons.map((reason) => (
            <option key={reason} value={reason}>
              {matchEndReasonLabels[reason]}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label="Note" rows={2} error={errors.note?.message} {...register('note')} />
      <div className="field-row">
        <SelectField label={`Then ${match.participant.name}`} error={errors.then?.message} {...register('then')}>
          <option value="wait">Waits for a new match</option>
          <option value="close">Is closed</option>
        </SelectField>
        {then === 'close' ? (
          <SelectField
            label="Reason for closing"
            error={errors.closureReasonId?.message}
            {...register('closureReasonId', { setValueAs: asId })}
          >
            <option value="">Choose a reason</option>
            {choosable(closureReasons.data ?? []).map((term) => (
              <option key={term.id} value={term.id}>
                {term.label}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={end.isPending}>
          {end.isPending ? 'Ending…' : 'End match'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
