// Records one training a peer supporter took: topic (from the program's list), date, hours and
// trainer.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { todayIso } from '../../../shared/api/fields';
import { trainingRecordInput } from '../../../shared/api/peer-supporters';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { asId, asOptionalNumber } from '../people/form-value-parsers';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable } from '../vocabulary/vocabulary-groups';
import { useAddTraining } from './useAddTraining';

export function AddTrainingForm({ peerSupporterId }: { peerSupporterId: number }) {
  const add = useAddTraining();
  const topics = useVocabulary('training-topic');
  const blank = { peerSupporterId, on: todayIso(), trainer: '' };
  const { register, handleSubmit, formState, setError, reset } = useForm<
    z.input<typeof trainingRecordInput>,
    unknown,
    z.output<typeof trainingRecordInput>
  >({
    resolver: zodResolver(trainingRecordInput),
    defaultValues: blank,
  });
  const submit = handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => reset(blank),
      onError: (error) =>
        applyFieldErrors(error, setError, { topicId: 'topicId', on: 'on', hours: 'hours', trainer: 'trainer' }),
    }),
  );
  const errors = formState.errors;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate aria-label="Add training" onSubmit={(event) => void submit(event)}>
      <h3>Add training</h3>
      {add.isError && !serverFieldError ? <Alert tone="error">{errorMessage(add.error)}</Alert> : null}
      <div className="field-row">
        <SelectField label="Topic" error={errors.topicId?.message} {...register('topicId', { setValueAs: asId })}>
          <option value="">Choose a topic</option>
          {choosable(topics.data ?? []).map((term) => (
            <option key={term.id} value={term.id}>
              {term.label}
            </option>
          ))}
        </SelectField>
        <TextField label="Date" type="date" error={errors.on?.message} {...register('on')} />
        <TextField
          label="Hours"
          type="number"
          step="0.25"
          min="0"
          inputMode="decimal"
          error={errors.hours?.message}
          {...register('hours', { setValueAs: asOptionalNumber })}
        />
        <TextField label="Trainer" error={errors.trainer?.message} {...register('trainer')} />
      </div>
      <div className="actions actions-start">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add training'}
        </button>
      </div>
    </form>
  );
}
