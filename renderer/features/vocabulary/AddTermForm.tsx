// Adds a term to one list; experience tags may go under a parent as a sub-type.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { vocabularyAddInput, type VocabularyKind, type VocabularyTerm } from '../../../shared/api/vocabulary';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { asId } from '../people/form-value-parsers';
import { useAddTerm } from './useAddTerm';

export function AddTermForm({ kind, parents }: { kind: VocabularyKind; parents: VocabularyTerm[] }) {
  const add = useAddTerm();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: zodResolver(vocabularyAddInput),
    defaultValues: { kind, label: '', parentId: null },
  });
  const submit = handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => reset({ kind, label: '', parentId: null }),
      onError: (error) => applyFieldErrors(error, setError, { label: 'label', parentId: 'parentId' }),
    }),
  );
  const serverFieldError = formState.errors.label?.type === 'server' || formState.errors.parentId?.type === 'server';
  return (
    <form noValidate className="add-term" onSubmit={(event) => void submit(event)}>
      <h3>Add a term</h3>
      {add.isSuccess && !formState.isDirty ? <Alert tone="success">Added “{add.data.label}”.</Alert> : null}
      {add.isError && !serverFieldError ? <Alert tone="error">{errorMessage(add.error)}</Alert> : null}
      <div className="field-row">
        <TextField label="New term" error={formState.errors.label?.message} {...register('label')} />
        {kind === 'experience' ? (
          <SelectField
            label="Sub-type of"
            error={formState.errors.parentId?.message}
            {...register('parentId', { setValueAs: asId })}
          >
            <option value="">Nothing (a main tag)</option>
            {parents
              .filter((parent) => !parent.retired)
              .map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {parent.label}
                </option>
              ))}
          </SelectField>
        ) : null}
      </div>
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add term'}
        </button>
      </div>
    </form>
  );
}
