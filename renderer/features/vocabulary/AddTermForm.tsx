// Adds a term to one list; experience tags may go under a parent as a sub-type, and a main tag
// may be a need or issue rather than a condition (a sub-type follows its parent).
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { vocabularyAddInput, type VocabularyKind, type VocabularyTerm } from '../../../shared/api/vocabulary';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { asId } from '../people/form-value-parsers';
import { useAddTerm } from './useAddTerm';

export function AddTermForm({ kind, parents }: { kind: VocabularyKind; parents: VocabularyTerm[] }) {
  const add = useAddTerm();
  const empty = { kind, label: '', parentId: null, isNeed: false };
  const { register, handleSubmit, formState, setError, reset, control } = useForm({
    resolver: zodResolver(vocabularyAddInput),
    defaultValues: empty,
  });
  const parentId = useWatch({ control, name: 'parentId' });
  const submit = handleSubmit((values) => {
    const parent = parents.find((term) => term.id === values.parentId);
    add.mutate(parent ? { ...values, isNeed: parent.isNeed } : values, {
      onSuccess: () => reset(empty),
      onError: (error) => applyFieldErrors(error, setError, { label: 'label', parentId: 'parentId', isNeed: 'isNeed' }),
    });
  });
  const serverFieldError = Object.values(formState.errors).some((error) => error?.type === 'server');
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
      {kind === 'experience' && (parentId === null || parentId === undefined) ? (
        <CheckboxField label="A need or issue, not a condition" {...register('isNeed')} />
      ) : null}
      {formState.errors.isNeed ? <p className="field-error">{formState.errors.isNeed.message}</p> : null}
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add term'}
        </button>
      </div>
    </form>
  );
}
