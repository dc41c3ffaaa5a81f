// Ways to meet (phone, in person, video...), as checkboxes bound to one form field.
import { Controller, useFormContext } from 'react-hook-form';
import { modalities, type Modality } from '../../../shared/api/fields';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { modalityLabels } from './people-labels';

export function ModalitiesField({ name, legend }: { name: string; legend: string }) {
  const { control, getFieldState, formState } = useFormContext<Record<string, Modality[] | undefined>>();
  const { error } = getFieldState(name, formState);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxGroup<Modality>
          legend={legend}
          groups={[{ label: null, options: modalities.map((m) => ({ value: m, label: modalityLabels[m] })) }]}
          value={field.value ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error?.message}
        />
      )}
    />
  );
}
