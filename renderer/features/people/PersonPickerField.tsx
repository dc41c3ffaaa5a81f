// A PersonPicker bound to a form field that holds ids (what the backend takes): the picker shows
// names, learnt from the record being edited and from each pick.
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { PersonPicker, type PickedPerson } from './PersonPicker';
import { usePickedNames } from './usePickedNames';

interface PersonPickerFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  /** The people the field holds when the form opens, with their names. */
  initial: PickedPerson[];
  legend: string;
  kind: 'participants' | 'peer-supporters';
  hint?: string;
  error?: string;
}

export function PersonPickerField<T extends FieldValues>({
  control,
  name,
  initial,
  ...picker
}: PersonPickerFieldProps<T>) {
  const { field } = useController({ control, name });
  const names = usePickedNames(initial);
  return (
    <PersonPicker
      {...picker}
      value={names.people((field.value as number[] | undefined) ?? [])}
      onChange={(picked) => {
        names.learn(picked);
        field.onChange(picked.map((person) => person.id));
      }}
    />
  );
}
