// The participant's details in one form, validated with the same schema as the backend.
// Leaving with unsaved changes asks first.
import { zodResolver } from '@hookform/resolvers/zod';
import { participantFieldsSchema, type Participant } from '../../../shared/api/participants';
import { TextField } from '../../components/TextField';
import { ContactSection } from '../people/ContactSection';
import { IdentitySection } from '../people/IdentitySection';
import { RecordFormLayout } from '../../forms/RecordFormLayout';
import { useRecordForm } from '../../forms/useRecordForm';
import { CaregiverSection } from './CaregiverSection';
import { NeedsSection } from './NeedsSection';
import { PreferencesSection } from './PreferencesSection';
import { ReferralSection } from './ReferralSection';
import { emptyParticipantValues, participantFieldNames, participantValues } from './participant-form-values';
import { useCreateParticipant } from './useCreateParticipant';
import { useUpdateParticipant } from './useUpdateParticipant';

export function ParticipantForm({ participant }: { participant?: Participant }) {
  const person = useRecordForm({
    record: participant,
    resolver: zodResolver(participantFieldsSchema),
    values: participantValues,
    emptyValues: emptyParticipantValues,
    fieldNames: participantFieldNames,
    create: useCreateParticipant(),
    update: useUpdateParticipant(),
    recordPath: (id) => `/participants/${id}`,
  });
  const { formState, register } = person.form;
  return (
    <RecordFormLayout record={person} label="Participant details" addLabel="Add participant">
      <IdentitySection
        birthField={
          <TextField
            label="Birth date"
            hint="YYYY-MM-DD, or the year only (YYYY)."
            inputMode="numeric"
            autoComplete="off"
            error={formState.errors.birthDate?.message}
            {...register('birthDate')}
          />
        }
      />
      <ContactSection title="Contact and safe contact" />
      <ReferralSection />
      <NeedsSection />
      <PreferencesSection />
      <CaregiverSection />
    </RecordFormLayout>
  );
}
