// The matching weights: one number per criterion, 0 to turn it off. Suggestions re-rank with
// the saved weights at once.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  DEFAULT_MATCH_WEIGHTS,
  matchCriteria,
  matchCriterionLabels,
  matchWeightsSchema,
  type MatchWeights,
} from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useUpdateSettings } from './useUpdateSettings';

// The form holds what settings.update takes, so the backend's field paths are the form's.
const weightsForm = z.object({ matchWeights: matchWeightsSchema.strict() });
const fieldNames = Object.fromEntries(
  matchCriteria.map((criterion) => [`matchWeights.${criterion}`, `matchWeights.${criterion}` as const]),
);

export function MatchWeightsForm({ current }: { current: MatchWeights }) {
  const update = useUpdateSettings();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: zodResolver(weightsForm),
    defaultValues: { matchWeights: current },
  });
  // Follows the saved values, but not each new copy of them: saving another setting must not
  // wipe changes typed here.
  const saved = JSON.stringify(current);
  useEffect(() => reset({ matchWeights: JSON.parse(saved) as MatchWeights }), [saved, reset]);
  const submit = handleSubmit((input) =>
    update.mutate(input, { onError: (error) => applyFieldErrors(error, setError, fieldNames) }),
  );
  const errors = formState.errors.matchWeights;
  const serverFieldError = matchCriteria.some((criterion) => errors?.[criterion]?.type === 'server');
  return (
    <form noValidate aria-label="Matching weights" onSubmit={(event) => void submit(event)}>
      <h3>Weights</h3>
      <p className="field-hint">
        How much each criterion counts when peer supporters are ranked for a participant, from 0 (not at all) to 100.
      </p>
      {update.isSuccess && !formState.isDirty ? <Alert tone="success">Weights saved.</Alert> : null}
      {update.isError && !serverFieldError ? <Alert tone="error">{errorMessage(update.error)}</Alert> : null}
      <div className="field-row">
        {matchCriteria.map((criterion) => (
          <TextField
            key={criterion}
            label={matchCriterionLabels[criterion]}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            error={errors?.[criterion]?.message}
            {...register(`matchWeights.${criterion}`, { valueAsNumber: true })}
          />
        ))}
      </div>
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save weights'}
        </button>
        <button
          type="button"
          onClick={() => reset({ matchWeights: DEFAULT_MATCH_WEIGHTS }, { keepDefaultValues: true })}
        >
          Fill in the default weights
        </button>
      </div>
    </form>
  );
}
