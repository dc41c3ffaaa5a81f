// Family caregivers are participants too: whom they care for shapes who can support them.
import { useFormContext, useWatch } from 'react-hook-form';
import type { ParticipantFields, ParticipantFieldsInput } from '../../../shared/api/participants';
import { CheckboxField } from '../../components/CheckboxField';
import { FormSection } from '../../components/FormSection';
import { TextField } from '../../components/TextField';

export function CaregiverSection() {
  const { register, control, formState } = useFormContext<ParticipantFieldsInput, unknown, ParticipantFields>();
  const errors = formState.errors;
  const isCaregiver = useWatch({ control, name: 'isCaregiver' });
  return (
    <FormSection title="Caregiver">
      <CheckboxField label="This participant is a family caregiver" {...register('isCaregiver')} />
      {isCaregiver ? (
        <div className="field-row">
          <TextField
            label="Relationship"
            hint="For example: parent, partner, adult child."
            error={errors.caregiverRelationship?.message}
            {...register('caregiverRelationship')}
          />
          <TextField label="Who is cared for" error={errors.caredFor?.message} {...register('caredFor')} />
        </div>
      ) : null}
    </FormSection>
  );
}
