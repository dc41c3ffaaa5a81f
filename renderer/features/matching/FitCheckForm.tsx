// The fit check: did the first contact happen, and how the participant feels about the match.
// "Not a fit" ends the match (the backend does it); the leader goes on to find a new peer.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { todayIso } from '../../../shared/api/fields';
import {
  fitAnswerLabels,
  fitAnswers,
  followUpCompleteInput,
  type FollowUp,
  type Match,
} from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { asOptionalBoolean, asOptionalChoice } from '../people/form-value-parsers';
import { useCompleteFollowUp } from './useMatches';

export function FitCheckForm({ match, followUp }: { match: Match; followUp: FollowUp }) {
  const complete = useCompleteFollowUp();
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<
    z.input<typeof followUpCompleteInput>,
    unknown,
    z.output<typeof followUpCompleteInput>
  >({
    resolver: zodResolver(followUpCompleteInput),
    defaultValues: { id: followUp.id, completedOn: todayIso(), firstContactHappened: null, fitAnswer: null, note: '' },
  });
  const errors = formState.errors;
  // Awaited rather than passed to mutate: an answer of "not a fit" ends the match, which takes
  // this form off the page before mutate's own callbacks would run.
  const submit = handleSubmit(async (values) => {
    try {
      const answer = await complete.mutateAsync(values);
      if (answer.status === 'ended') {
        void navigate(`/participants/${answer.participant.id}/match?previous=${answer.id}`);
      }
    } catch (error) {
      applyFieldErrors(error, setError, {
        completedOn: 'completedOn',
        firstContactHappened: 'firstContactHappened',
        fitAnswer: 'fitAnswer',
        note: 'note',
      });
    }
  });
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate aria-label="Fit check" onSubmit={(event) => void submit(event)}>
      {complete.isError && !serverFieldError ? <Alert tone="error">{errorMessage(complete.error)}</Alert> : null}
      <div className="field-row">
        <TextField
          label="Date of the fit check"
          type="date"
          error={errors.completedOn?.message}
          {...register('completedOn')}
        />
        <SelectField
          label="Did the first contact happen?"
          error={errors.firstContactHappened?.message}
          {...register('firstContactHappened', { setValueAs: asOptionalBoolean })}
        >
          <option value="">Not asked</option>
          <option value="true">Yes</option>
          <option value="false">No</option>
        </SelectField>
        <SelectField
          label={`How does ${match.participant.name} feel about the match?`}
          hint="Not a fit ends the match."
          error={errors.fitAnswer?.message}
          {...register('fitAnswer', { setValueAs: asOptionalChoice })}
        >
          <option value="">Not asked</option>
          {fitAnswers.map((answer) => (
            <option key={answer} value={answer}>
              {fitAnswerLabels[answer]}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label="Note on the fit check" rows={2} error={errors.note?.message} {...register('note')} />
      <button type="submit" className="button-primary" disabled={complete.isPending}>
        {complete.isPending ? 'Saving…' : 'Save fit check'}
      </button>
    </form>
  );
}
