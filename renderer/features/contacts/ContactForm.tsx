// A contact (or an attempt) in one form: when, how long, how and who reached out; for a contact
// that reached the person, the key functions it served, the fidelity items, the referrals; then
// a concern for the supervisor, private notes and the next planned contact.
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useWatch } from 'react-hook-form';
import {
  contactFieldsSchema,
  contactInitiatorLabels,
  contactInitiators,
  fidelityItemLabels,
  fidelityItems,
  keyFunctionLabels,
  keyFunctions,
  type Contact,
  type ContactFields,
  type ContactFieldsInput,
} from '../../../shared/api/contacts';
import { modalities } from '../../../shared/api/fields';
import type { Match } from '../../../shared/api/matching';
import type { Resource } from '../../../shared/api/resources';
import { CheckboxField } from '../../components/CheckboxField';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RecordFormLayout } from '../../forms/RecordFormLayout';
import { useRecordForm } from '../../forms/useRecordForm';
import { asOptionalDate, asOptionalNumber } from '../people/form-value-parsers';
import { modalityLabels } from '../people/people-labels';
import { contactFieldNames, contactValues, emptyContactValues } from './contact-form-values';
import { ReferralsField } from './ReferralsField';
import { useCreateContact, useUpdateContact } from './useContacts';

interface ContactFormProps {
  match: Match;
  resources: Resource[];
  /** A new attempt (when there is no contact to edit). */
  attempt: boolean;
  contact?: Contact;
}

export function ContactForm({ match, resources, attempt, contact }: ContactFormProps) {
  const record = useRecordForm<ContactFieldsInput, ContactFields, Contact>({
    record: contact,
    resolver: zodResolver(contactFieldsSchema),
    values: contactValues,
    emptyValues: () => emptyContactValues(match, attempt),
    fieldNames: contactFieldNames,
    create: useCreateContact(),
    update: useUpdateContact(),
    // Back to the match, whose timeline shows the new entry.
    recordPath: () => `/matches/${match.id}`,
  });
  const { register, control, formState } = record.form;
  const errors = formState.errors;
  const isAttempt = contact ? contact.isAttempt : attempt;
  const concernRaised = useWatch({ control, name: 'concernRaised' });
  const chosenItems = useWatch({ control, name: 'fidelityItems' }) ?? [];
  return (
    <RecordFormLayout
      record={record}
      label={isAttempt ? 'Attempt' : 'Contact'}
      addLabel={isAttempt ? 'Save attempt' : 'Save contact'}
    >
      <FormSection title={isAttempt ? 'The attempt' : 'The contact'}>
        {errors.isAttempt?.message ? <p className="field-error">{errors.isAttempt.message}</p> : null}
        <div className="field-row">
          <TextField
            label="Date and time"
            type="datetime-local"
            error={errors.occurredAt?.message}
            {...register('occurredAt')}
          />
          {isAttempt ? null : (
            <TextField
              label="Minutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={720}
              error={errors.durationMinutes?.message}
              {...register('durationMinutes', { setValueAs: asOptionalNumber })}
            />
          )}
        </div>
        <div className="field-row">
          <SelectField label="Way of contact" error={errors.modality?.message} {...register('modality')}>
            {modalities.map((modality) => (
              <option key={modality} value={modality}>
                {modalityLabels[modality]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Who reached out" error={errors.initiatedBy?.message} {...register('initiatedBy')}>
            {contactInitiators.map((initiator) => (
              <option key={initiator} value={initiator}>
                {contactInitiatorLabels[initiator]}
              </option>
            ))}
          </SelectField>
        </div>
      </FormSection>
      {isAttempt ? null : (
        <FormSection title="What it served">
          <Controller
            control={control}
            name="functions"
            render={({ field }) => (
              <CheckboxGroup
                legend="Key functions"
                hint="Each of the five this contact served."
                groups={[
                  { label: null, options: keyFunctions.map((f) => ({ value: f, label: keyFunctionLabels[f] })) },
                ]}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.functions?.message}
              />
            )}
          />
          <details className="fidelity-items">
            <summary>Fidelity items ({chosenItems.length} chosen)</summary>
            <Controller
              control={control}
              name="fidelityItems"
              render={({ field }) => (
                <CheckboxGroup
                  legend="Service items delivered"
                  groups={[
                    { label: null, options: fidelityItems.map((i) => ({ value: i, label: fidelityItemLabels[i] })) },
                  ]}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errors.fidelityItems?.message}
                />
              )}
            />
          </details>
        </FormSection>
      )}
      {isAttempt ? null : (
        <FormSection title="Referrals">
          <ReferralsField resources={resources} />
        </FormSection>
      )}
      <FormSection title="Concern and notes">
        <CheckboxField label="A concern to raise with a supervisor" {...register('concernRaised')} />
        {concernRaised ? (
          <TextAreaField label="The concern" rows={3} error={errors.concern?.message} {...register('concern')} />
        ) : null}
        <TextAreaField
          label="Private notes"
          hint="Only on this contact's page."
          rows={3}
          error={errors.privateNotes?.message}
          {...register('privateNotes')}
        />
        <TextField
          label="Next planned contact"
          type="date"
          error={errors.nextContactOn?.message}
          {...register('nextContactOn', { setValueAs: asOptionalDate })}
        />
      </FormSection>
    </RecordFormLayout>
  );
}
