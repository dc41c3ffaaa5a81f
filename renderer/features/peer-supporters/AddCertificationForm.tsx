// Records a certification a peer supporter holds: its name, when issued, and when it expires
// (if it does).
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { certificationInput } from '../../../shared/api/peer-supporters';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { asOptionalDate } from '../people/form-value-parsers';
import { useAddCertification } from './useAddCertification';

export function AddCertificationForm({ peerSupporterId }: { peerSupporterId: number }) {
  const add = useAddCertification();
  const blank = { peerSupporterId, name: '', issuedOn: '', expiresOn: null };
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: zodResolver(certificationInput),
    defaultValues: blank,
  });
  const submit = handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => reset(blank),
      onError: (error) =>
        applyFieldErrors(error, setError, { name: 'name', issuedOn: 'issuedOn', expiresOn: 'expiresOn' }),
    }),
  );
  const errors = formState.errors;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate aria-label="Add certification" onSubmit={(event) => void submit(event)}>
      <h3>Add certification</h3>
      {add.isError && !serverFieldError ? <Alert tone="error">{errorMessage(add.error)}</Alert> : null}
      <div className="field-row">
        <TextField label="Certification" error={errors.name?.message} {...register('name')} />
        <TextField label="Issued on" type="date" error={errors.issuedOn?.message} {...register('issuedOn')} />
        <TextField
          label="Expires on"
          type="date"
          hint="Leave empty if it does not expire."
          error={errors.expiresOn?.message}
          {...register('expiresOn', { setValueAs: asOptionalDate })}
        />
      </div>
      <div className="actions actions-start">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add certification'}
        </button>
      </div>
    </form>
  );
}
