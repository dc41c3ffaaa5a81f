// Lived experience and needs: tags from the shared vocabulary, grouped under their parent, and
// the participant's goals in their own words.
import { useFormContext } from 'react-hook-form';
import type { ParticipantFields, ParticipantFieldsInput } from '../../../shared/api/participants';
import { FormSection } from '../../components/FormSection';
import { TextAreaField } from '../../components/TextAreaField';
import { ExperienceTagsField } from '../people/ExperienceTagsField';

export function NeedsSection() {
  const { register, formState } = useFormContext<ParticipantFieldsInput, unknown, ParticipantFields>();
  const errors = formState.errors;
  return (
    <FormSection title="Lived experience and needs">
      <ExperienceTagsField legend="Experience and needs tags" />
      <TextAreaField
        label="Goals"
        hint="In the participant's own words."
        rows={4}
        error={errors.goals?.message}
        {...register('goals')}
      />
    </FormSection>
  );
}
