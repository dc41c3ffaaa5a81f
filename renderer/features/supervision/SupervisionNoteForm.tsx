// A supervision note in one form: when, how long, who supervised whom, the topics, the
// well-being check, the summary, the participants reviewed (links only), action items and the
// next supervision. Validated with the backend's schema; leaving unsaved asks first.
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray } from 'react-hook-form';
import {
  supervisionFormatLabels,
  supervisionFormats,
  supervisionNoteFieldsSchema,
  supervisionTopicLabels,
  supervisionTopics,
  type SupervisionNote,
  type SupervisionNoteFields,
  type SupervisionNoteFieldsInput,
  type Supervisor,
} from '../../../shared/api/supervision';
import { CheckboxField } from '../../components/CheckboxField';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RecordFormLayout } from '../../forms/RecordFormLayout';
import { useRecordForm } from '../../forms/useRecordForm';
import { asOptionalDate, asOptionalNumber } from '../people/form-value-parsers';
import type { PickedPerson } from '../people/PersonPicker';
import { PersonPickerField } from '../people/PersonPickerField';
import { emptyNoteValues, noteFieldNames, noteValues } from './note-form-values';
import { useCreateNote, useUpdateNote } from './useSupervision';

interface SupervisionNoteFormProps {
  peer: PickedPerson;
  supervisors: Supervisor[];
  note?: SupervisionNote;
}

export function SupervisionNoteForm({ peer, supervisors, note }: SupervisionNoteFormProps) {
  const leader = supervisors.find((supervisor) => supervisor.isLeader) ?? supervisors[0];
  const record = useRecordForm<SupervisionNoteFieldsInput, SupervisionNoteFields, SupervisionNote>({
    record: note,
    resolver: zodResolver(supervisionNoteFieldsSchema),
    values: noteValues,
    emptyValues: () => emptyNoteValues(peer.id, leader?.id ?? 0),
    fieldNames: noteFieldNames,
    create: useCreateNote(),
    update: useUpdateNote(),
    recordPath: (id) => `/peer-supporters/${peer.id}/supervision/${id}`,
  });
  const { register, control, formState } = record.form;
  const errors = formState.errors;
  const actions = useFieldArray({ control, name: 'actionItems', keyName: 'key' });
  const offered = supervisors.filter((supervisor) => !supervisor.retired || supervisor.id === note?.supervisorId);
  return (
    <RecordFormLayout record={record} label="Supervision note" addLabel="Save note">
      <FormSection title="The supervision">
        <div className="field-row">
          <TextField label="Date" type="date" error={errors.heldOn?.message} {...register('heldOn')} />
          <TextField
            label="Minutes"
            type="number"
            inputMode="numeric"
            min={5}
            max={600}
            error={errors.durationMinutes?.message}
            {...register('durationMinutes', { valueAsNumber: true })}
          />
        </div>
        <div className="field-row">
          <SelectField
            label="Supervisor"
            error={errors.supervisorId?.message}
            {...register('supervisorId', { valueAsNumber: true })}
          >
            {offered.map((supervisor) => (
              <option key={supervisor.id} value={supervisor.id}>
                {supervisor.name}
                {supervisor.role ? `, ${supervisor.role}` : ''}
              </option>
            ))}
          </SelectField>
          <SelectField label="Format" error={errors.format?.message} {...register('format')}>
            {supervisionFormats.map((format) => (
              <option key={format} value={format}>
                {supervisionFormatLabels[format]}
              </option>
            ))}
          </SelectField>
        </div>
        <PersonPickerField
          control={control}
          name="peerSupporterIds"
          initial={note ? note.peerSupporters : [peer]}
          legend="Peer supporters"
          kind="peer-supporters"
          hint="One, or several for a group supervision."
          error={errors.peerSupporterIds?.message}
        />
        <Controller
          control={control}
          name="topics"
          render={({ field }) => (
            <CheckboxGroup
              legend="Topics"
              groups={[
                {
                  label: null,
                  options: supervisionTopics.map((topic) => ({ value: topic, label: supervisionTopicLabels[topic] })),
                },
              ]}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.topics?.message}
            />
          )}
        />
      </FormSection>
      <FormSection title="Well-being and summary">
        <div className="field-row">
          <SelectField
            label="Well-being check"
            hint="1 is struggling, 5 is doing well. Only in a note about one peer supporter."
            error={errors.wellbeing?.message}
            {...register('wellbeing', { setValueAs: asOptionalNumber })}
          >
            <option value="">Not checked</option>
            {[1, 2, 3, 4, 5].map((score) => (
              <option key={score} value={score}>
                {score}
              </option>
            ))}
          </SelectField>
        </div>
        <CheckboxField label="A concern about this peer supporter’s well-being" {...register('wellbeingConcern')} />
        <TextAreaField label="Summary" rows={5} error={errors.summary?.message} {...register('summary')} />
        <PersonPickerField
          control={control}
          name="caseReviewParticipantIds"
          initial={note ? note.caseReviews.map((r) => ({ id: r.participantId, name: r.name })) : []}
          legend="Participants reviewed"
          kind="participants"
          hint="Linked only: write no more about them here than the supervision needs."
          error={errors.caseReviewParticipantIds?.message}
        />
      </FormSection>
      <FormSection title="Action items">
        {actions.fields.length === 0 ? <p>No action items.</p> : null}
        <ol className="action-items">
          {actions.fields.map((item, index) => {
            const itemErrors = errors.actionItems?.[index];
            return (
              <li key={item.key}>
                <div className="field-row">
                  <TextField
                    label={`Action ${index + 1}`}
                    error={itemErrors?.description?.message}
                    {...register(`actionItems.${index}.description`)}
                  />
                  <TextField
                    label={`Owner of action ${index + 1}`}
                    error={itemErrors?.owner?.message}
                    {...register(`actionItems.${index}.owner`)}
                  />
                  <TextField
                    label={`Due date of action ${index + 1}`}
                    type="date"
                    error={itemErrors?.dueOn?.message}
                    {...register(`actionItems.${index}.dueOn`)}
                  />
                </div>
                <button type="button" className="button-small" onClick={() => actions.remove(index)}>
                  Remove action {index + 1}
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button-small"
          onClick={() => actions.append({ description: '', owner: peer.name, dueOn: '' })}
        >
          Add an action item
        </button>
        <TextField
          label="Next supervision"
          type="date"
          hint="Leave empty to follow the program's cadence."
          error={errors.nextSupervisionOn?.message}
          {...register('nextSupervisionOn', { setValueAs: asOptionalDate })}
        />
      </FormSection>
    </RecordFormLayout>
  );
}
