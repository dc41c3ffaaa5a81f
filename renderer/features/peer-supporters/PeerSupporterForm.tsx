// The peer supporter's details in one form, validated with the same schema as the backend.
// Leaving with unsaved changes asks first.
import { zodResolver } from '@hookform/resolvers/zod';
import { peerSupporterFieldsSchema, type PeerSupporter } from '../../../shared/api/peer-supporters';
import { TextField } from '../../components/TextField';
import { ContactSection } from '../people/ContactSection';
import { IdentitySection } from '../people/IdentitySection';
import { RecordFormLayout } from '../../forms/RecordFormLayout';
import { asOptionalNumber } from '../people/form-value-parsers';
import { useRecordForm } from '../../forms/useRecordForm';
import { LivedExperienceSection } from './LivedExperienceSection';
import { ReadinessSection } from './ReadinessSection';
import { SupportOfferedSection } from './SupportOfferedSection';
import { emptyPeerSupporterValues, peerSupporterFieldNames, peerSupporterValues } from './peer-supporter-form-values';
import { useCreatePeerSupporter } from './useCreatePeerSupporter';
import { useUpdatePeerSupporter } from './useUpdatePeerSupporter';

export function PeerSupporterForm({ peer }: { peer?: PeerSupporter }) {
  const person = useRecordForm({
    record: peer,
    resolver: zodResolver(peerSupporterFieldsSchema),
    values: peerSupporterValues,
    emptyValues: emptyPeerSupporterValues,
    fieldNames: peerSupporterFieldNames,
    create: useCreatePeerSupporter(),
    update: useUpdatePeerSupporter(),
    recordPath: (id) => `/peer-supporters/${id}`,
  });
  const { formState, register } = person.form;
  return (
    <RecordFormLayout record={person} label="Peer supporter details" addLabel="Add peer supporter">
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
    </RecordFormLayout>
  );
}
