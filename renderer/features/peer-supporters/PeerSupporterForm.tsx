// The peer supporter's details in one form, validated with the same schema as the backend.
// Leaving with unsaved changes asks first.
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import {
  peerSupporterFieldsSchema,
  type PeerSupporter,
  type PeerSupporterFields,
  type PeerSupporterFieldsInput,
} from '../../../shared/api/peer-supporters';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { UnsavedChangesDialog } from '../../components/UnsavedChangesDialog';
import { useUnsavedChangesGuard } from '../../components/useUnsavedChangesGuard';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { ContactSection } from '../people/ContactSection';
import { IdentitySection } from '../people/IdentitySection';
import { asOptionalNumber } from '../people/form-value-parsers';
import { LivedExperienceSection } from './LivedExperienceSection';
import { ReadinessSection } from './ReadinessSection';
import { SupportOfferedSection } from './SupportOfferedSection';
import { emptyPeerSupporterValues, peerSupporterFieldNames, peerSupporterValues } from './peer-supporter-form-values';
import { useCreatePeerSupporter } from './useCreatePeerSupporter';
import { useUpdatePeerSupporter } from './useUpdatePeerSupporter';

export function PeerSupporterForm({ peer }: { peer?: PeerSupporter }) {
  const navigate = useNavigate();
  const create = useCreatePeerSupporter();
  const update = useUpdatePeerSupporter();
  const save = peer ? update : create;
  const form = useForm<PeerSupporterFieldsInput, unknown, PeerSupporterFields>({
    resolver: zodResolver(peerSupporterFieldsSchema),
    defaultValues: peer ? peerSupporterValues(peer) : emptyPeerSupporterValues(),
  });
  const { handleSubmit, formState, setError, reset, register } = form;
  const guard = useUnsavedChangesGuard(formState.isDirty);

  const onError = (error: unknown) => applyFieldErrors(error, setError, peerSupporterFieldNames);
  const submit = handleSubmit((fields) => {
    if (peer) {
      update.mutate({ id: peer.id, fields }, { onSuccess: (saved) => reset(peerSupporterValues(saved)), onError });
    } else {
      create.mutate(fields, {
        onSuccess: (saved) => {
          guard.allowNextNavigation();
          void navigate(`/peer-supporters/${saved.id}`, { replace: true, state: { created: true } });
        },
        onError,
      });
    }
  });

  const hasErrors = Object.keys(formState.errors).length > 0;
  const serverFieldErrors = Object.values(formState.errors).some((error) => error?.type === 'server');
  return (
    <FormProvider {...form}>
      <form
        noValidate
        className="record-form"
        aria-label="Peer supporter details"
        onSubmit={(event) => void submit(event)}
      >
        {hasErrors && formState.submitCount > 0 ? (
          <Alert tone="error">Nothing was saved. Check the fields marked below.</Alert>
        ) : null}
        {save.isError && !serverFieldErrors ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
        <IdentitySection
          birthField={
            <TextField
              label="Birth year"
              hint="The year only (YYYY)."
              inputMode="numeric"
              autoComplete="off"
              error={formState.errors.birthYear?.message}
              {...register('birthYear', { setValueAs: asOptionalNumber })}
            />
          }
        />
        <ContactSection title="Contact" />
        <LivedExperienceSection />
        <SupportOfferedSection />
        <ReadinessSection />
        <div className="actions actions-start form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : peer ? 'Save changes' : 'Add peer supporter'}
          </button>
          {update.isSuccess && !formState.isDirty ? (
            <p role="status" className="saved-note">
              Changes saved.
            </p>
          ) : null}
        </div>
      </form>
      <UnsavedChangesDialog blocker={guard.blocker} />
    </FormProvider>
  );
}
