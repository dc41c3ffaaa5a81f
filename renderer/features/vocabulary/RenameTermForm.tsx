// Renames one term in place.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { vocabularyRenameInput, type VocabularyTerm } from '../../../shared/api/vocabulary';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useRenameTerm } from './useRenameTerm';

export function RenameTermForm({ term, onDone }: { term: VocabularyTerm; onDone: () => void }) {
  const rename = useRenameTerm();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: zodResolver(vocabularyRenameInput),
    defaultValues: { id: term.id, label: term.label },
  });
  const submit = handleSubmit((values) =>
    rename.mutate(values, {
      onSuccess: onDone,
      onError: (error) => applyFieldErrors(error, setError, { label: 'label' }),
    }),
  );
  return (
    <form noValidate className="rename-term" onSubmit={(event) => void submit(event)}>
      {rename.isError && formState.errors.label?.type !== 'server' ? (
        <Alert tone="error">{errorMessage(rename.error)}</Alert>
      ) : null}
      <TextField
        label={`New name for ${term.label}`}
        autoFocus
        error={formState.errors.label?.message}
        {...register('label')}
      />
      <div className="actions actions-start">
        <button type="submit" className="button-primary button-small" disabled={rename.isPending}>
          Save name
        </button>
        <button type="button" className="button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
