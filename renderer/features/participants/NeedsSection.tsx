// Lived experience and needs: tags from the shared vocabulary, grouped under their parent, and
// the participant's goals in their own words.
import { Controller, useFormContext } from 'react-hook-form';
import type { ParticipantFields, ParticipantFieldsInput } from '../../../shared/api/participants';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormSection } from '../../components/FormSection';
import { TextAreaField } from '../../components/TextAreaField';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable, groupTerms } from '../vocabulary/vocabulary-groups';

export function NeedsSection() {
  const { register, control, formState } = useFormContext<ParticipantFieldsInput, unknown, ParticipantFields>();
  const errors = formState.errors;
  const tags = useVocabulary('experience');
  return (
    <FormSection title="Lived experience and needs">
      <Controller
        control={control}
        name="experienceTagIds"
        render={({ field }) => {
          const chosen = field.value ?? [];
          const groups = groupTerms(choosable(tags.data ?? [], chosen)).map(({ parent, children }) => ({
            label: children.length > 0 ? parent.label : null,
            options: [
              { value: parent.id, label: children.length > 0 ? `${parent.label} (in general)` : parent.label },
              ...children.map((child) => ({ value: child.id, label: child.label })),
            ],
          }));
          return (
            <CheckboxGroup<number>
              legend="Experience and needs tags"
              hint="Choose a sub-type where one fits: matches use it."
              groups={[
                { label: null, options: groups.filter((g) => g.label === null).flatMap((g) => g.options) },
                ...groups.filter((g) => g.label !== null),
              ]}
              value={chosen}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.experienceTagIds?.message}
            />
          );
        }}
      />
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
