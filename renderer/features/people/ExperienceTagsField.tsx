// Lived-experience tags from the one shared vocabulary, grouped under their parent. Both kinds
// of person use it, so matching can compare them.
import { Controller, useFormContext } from 'react-hook-form';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable, groupTerms } from '../vocabulary/vocabulary-groups';

export function ExperienceTagsField({ legend }: { legend: string }) {
  const { control, formState } = useFormContext<{ experienceTagIds?: number[] | undefined }>();
  const tags = useVocabulary('experience');
  return (
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
            legend={legend}
            hint="Choose a sub-type where one fits: matches use it."
            groups={[
              { label: null, options: groups.filter((g) => g.label === null).flatMap((g) => g.options) },
              ...groups.filter((g) => g.label !== null),
            ]}
            value={chosen}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.experienceTagIds?.message}
          />
        );
      }}
    />
  );
}
