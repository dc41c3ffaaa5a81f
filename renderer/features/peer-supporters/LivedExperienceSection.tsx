// The peer's lived experience, from the same tags participants are described with.
import { FormSection } from '../../components/FormSection';
import { ExperienceTagsField } from '../people/ExperienceTagsField';

export function LivedExperienceSection() {
  return (
    <FormSection title="Lived experience">
      <ExperienceTagsField legend="Lived experience tags" />
    </FormSection>
  );
}
