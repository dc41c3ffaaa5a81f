// A group session in one form: the title, when and how long, how it was held, who facilitated,
// the topics, who came (by name, plus a count of those who gave none) and notes. Validated with
// the backend's schema; leaving unsaved asks first.
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller } from 'react-hook-form';
import { modalities } from '../../../shared/api/fields';
import {
  groupSessionFieldsSchema,
  type GroupSession,
  type GroupSessionFields,
  type GroupSessionFieldsInput,
} from '../../../shared/api/groups';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { listErrors, TextListField } from '../../components/TextListField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RecordFormLayout } from '../../forms/RecordFormLayout';
import { useRecordForm } from '../../forms/useRecordForm';
import { modalityLabels } from '../people/people-labels';
import { PersonPickerField } from '../people/PersonPickerField';
import { DeleteGroupSession } from './DeleteGroupSession';
import { emptyGroupValues, groupFieldNames, groupValues } from './group-form-values';
import { useCreateGroupSession, useUpdateGroupSession } from './useGroups';

export function GroupSessionForm({ session }: { session?: GroupSession }) {
  const record = useRecordForm<GroupSessionFieldsInput, GroupSessionFields, GroupSession>({
    record: session,
    resolver: zodResolver(groupSessionFieldsSchema),
    values: groupValues,
    emptyValues: emptyGroupValues,
    fieldNames: groupFieldNames,
    create: useCreateGroupSession(),
    update: useUpdateGroupSession(),
    recordPath: (id) => `/groups/${id}`,
  });
  const { register, control, formState } = record.form;
  const errors = formState.errors;
  return (
    <>
      <RecordFormLayout record={record} label="Group session" addLabel="Add group session">
        <FormSection title="The session">
          <TextField label="Title" error={errors.title?.message} {...register('title')} />
          <div className="field-row">
            <TextField label="Date" type="date" error={errors.heldOn?.message} {...register('heldOn')} />
            <TextField
              label="Minutes"
              type="number"
              inputMode="numeric"
              min={5}
              max={720}
              error={errors.durationMinutes?.message}
              {...register('durationMinutes', { valueAsNumber: true })}
            />
            <SelectField label="How it was held" error={errors.modality?.message} {...register('modality')}>
              {modalities.map((modality) => (
                <option key={modality} value={modality}>
                  {modalityLabels[modality]}
                </option>
              ))}
            </SelectField>
          </div>
          <PersonPickerField
            control={control}
            name="facilitatorIds"
            initial={session?.facilitators ?? []}
            legend="Facilitators"
            kind="peer-supporters"
            hint="The peer supporters who led the session."
            error={errors.facilitatorIds?.message}
          />
          <Controller
            control={control}
            name="topics"
            render={({ field }) => (
              <TextListField
                legend="Topics"
                itemLabel="Topic"
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                {...listErrors(errors.topics)}
              />
            )}
          />
        </FormSection>
        <FormSection title="Who came">
          <PersonPickerField
            control={control}
            name="attendeeIds"
            initial={session?.attendees ?? []}
            legend="Participants who came"
            kind="participants"
            error={errors.attendeeIds?.message}
          />
          <TextField
            label="Others who came without giving a name"
            type="number"
            inputMode="numeric"
            className="field-narrow"
            min={0}
            max={1000}
            error={errors.anonymousAttendees?.message}
            {...register('anonymousAttendees', { valueAsNumber: true })}
          />
        </FormSection>
        <FormSection title="Notes">
          <TextAreaField label="Notes" rows={4} error={errors.notes?.message} {...register('notes')} />
        </FormSection>
      </RecordFormLayout>
      {session ? <DeleteGroupSession session={session} beforeLeaving={record.guard.allowNextNavigation} /> : null}
    </>
  );
}
