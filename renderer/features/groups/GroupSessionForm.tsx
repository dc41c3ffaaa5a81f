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
import { PersonPicker } from '../people/PersonPicker';
import { usePickedNames } from '../people/usePickedNames';
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
  const facilitators = usePickedNames(session?.facilitators ?? []);
  const attendees = usePickedNames(session?.attendees ?? []);
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
          <Controller
            control={control}
            name="facilitatorIds"
            render={({ field }) => (
              <PersonPicker
                legend="Facilitators"
                kind="peer-supporters"
                hint="The peer supporters who led the session."
                value={facilitators.people(field.value)}
                onChange={(picked) => {
                  facilitators.learn(picked);
                  field.onChange(picked.map((person) => person.id));
                }}
                error={errors.facilitatorIds?.message}
              />
            )}
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
          <Controller
            control={control}
            name="attendeeIds"
            render={({ field }) => (
              <PersonPicker
                legend="Participants who came"
                kind="participants"
                value={attendees.people(field.value ?? [])}
                onChange={(picked) => {
                  attendees.learn(picked);
                  field.onChange(picked.map((person) => person.id));
                }}
                error={errors.attendeeIds?.message}
              />
            )}
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
