// The participant's details in one form, validated with the same schema as the backend.
// Leaving with unsaved changes asks first.
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import {
  participantFieldsSchema,
  type Participant,
  type ParticipantFields,
  type ParticipantFieldsInput,
} from '../../../shared/api/participants';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { UnsavedChangesDialog } from '../../components/UnsavedChangesDialog';
import { useUnsavedChangesGuard } from '../../components/useUnsavedChangesGuard';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { ContactSection } from '../people/ContactSection';
import { IdentitySection } from '../people/IdentitySection';
import { CaregiverSection } from './CaregiverSection';
import { NeedsSection } from './NeedsSection';
import { PreferencesSection } from './PreferencesSection';
import { ReferralSection } from './ReferralSection';
import { emptyParticipantValues, participantFieldNames, participantValues } from './participant-form-values';
import { useCreateParticipant } from './useCreateParticipant';
import { useUpdateParticipant } from './useUpdateParticipant';

export function ParticipantForm({ participant }: { participant?: Participant }) {
  const navigate = useNavigate();
  const create = useCreateParticipant();
  const update = useUpdateParticipant();
  const save = participant ? update : create;
  const form = useForm<ParticipantFieldsInput, unknown, ParticipantFields>({
    resolver: zodResolver(participantFieldsSchema),
    defaultValues: participant ? participantValues(participant) : emptyParticipantValues(),
  });
  const { handleSubmit, formState, setError, reset } = form;
  const guard = useUnsavedChangesGuard(formState.isDirty);

  const onError = (error: unknown) => applyFieldErrors(error, setError, participantFieldNames);
  const submit = handleSubmit((fields) => {
    if (participant) {
      update.mutate({ id: participant.id, fields }, { onSuccess: (saved) => reset(participantValues(saved)), onError });
    } else {
      create.mutate(fields, {
        onSuccess: (saved) => {
          guard.allowNextNavigation();
          void navigate(`/participants/${saved.id}`, { replace: true, state: { created: true } });
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
        aria-label="Participant details"
        onSubmit={(event) => void submit(event)}
      >
        {hasErrors && formState.submitCount > 0 ? (
          <Alert tone="error">Nothing was saved. Check the fields marked below.</Alert>
        ) : null}
        {save.isError && !serverFieldErrors ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
        <IdentitySection
          birthField={
            <TextField
              label="Birth date"
              hint="YYYY-MM-DD, or the year only (YYYY)."
              inputMode="numeric"
              autoComplete="off"
              error={formState.errors.birthDate?.message}
              {...form.register('birthDate')}
            />
          }
        />
        <ContactSection title="Contact and safe contact" />
        <ReferralSection />
        <NeedsSection />
        <PreferencesSection />
        <CaregiverSection />
        <div className="actions actions-start form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : participant ? 'Save changes' : 'Add participant'}
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
