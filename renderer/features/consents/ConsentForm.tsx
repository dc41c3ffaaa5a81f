// A consent's elements in one form, validated with the backend's schema. A consent may be saved
// with elements still missing; the page then says which. Leaving with unsaved changes asks first.
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useWatch } from 'react-hook-form';
import {
  consentFieldsSchema,
  consentMethodLabels,
  consentMethods,
  contactChannelLabels,
  contactChannels,
  type Consent,
  type ConsentFields,
  type ConsentFieldsInput,
  type ConsentKind,
} from '../../../shared/api/consents';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { listErrors, TextListField } from '../../components/TextListField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RecordFormLayout } from '../../forms/RecordFormLayout';
import { useRecordForm } from '../../forms/useRecordForm';
import { asId, asOptionalChoice, asOptionalDate } from '../people/form-value-parsers';
import { consentFieldNames, consentValues, emptyConsentValues } from './consent-form-values';
import { useCreateConsent, useUpdateConsent } from './useConsents';

interface ConsentFormProps {
  participantId: number;
  programName: string;
  kinds: ConsentKind[];
  consent?: Consent;
}

export function ConsentForm({ participantId, programName, kinds, consent }: ConsentFormProps) {
  const record = useRecordForm<ConsentFieldsInput, ConsentFields, Consent>({
    record: consent,
    resolver: zodResolver(consentFieldsSchema),
    values: consentValues,
    emptyValues: () => emptyConsentValues(participantId, programName),
    fieldNames: consentFieldNames,
    create: useCreateConsent(),
    update: useUpdateConsent(),
    recordPath: (id) => `/participants/${participantId}/consents/${id}`,
  });
  const { register, control, formState } = record.form;
  const errors = formState.errors;
  const [kindId, signer, method] = useWatch({ control, name: ['kindId', 'signer', 'method'] });
  const kindCode = kinds.find((kind) => kind.id === kindId)?.code ?? null;
  // A retired kind is offered only to the consent that already has it.
  const offered = kinds.filter((kind) => !kind.retired || kind.id === consent?.kind.id);
  return (
    <RecordFormLayout record={record} label="Consent" addLabel="Save consent">
      <FormSection title="What it allows">
        <SelectField
          label="Kind of consent"
          error={errors.kindId?.message}
          {...register('kindId', { setValueAs: (value: unknown) => asId(value) ?? 0 })}
        >
          <option value="0">Choose…</option>
          {offered.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.label}
              {kind.retired ? ' (retired)' : ''}
            </option>
          ))}
        </SelectField>
        <TextField label="Who may disclose" error={errors.disclosingParty?.message} {...register('disclosingParty')} />
        <TextAreaField
          label="Information to be disclosed"
          hint="Describe it specifically, such as “dates of contacts and referrals made”."
          error={errors.information?.message}
          {...register('information')}
        />
        <TextField
          label="Recipients"
          hint="By name, or by class (such as “my care team at Eastside Clinic”)."
          error={errors.recipients?.message}
          {...register('recipients')}
        />
        <Controller
          control={control}
          name="purposes"
          render={({ field }) => (
            <TextListField
              legend="Purposes"
              hint="Each purpose the information may be used for, one per line."
              itemLabel="Purpose"
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              {...listErrors(errors.purposes)}
            />
          )}
        />
        {kindCode === 'contact' ? (
          <Controller
            control={control}
            name="contactChannels"
            render={({ field }) => (
              <CheckboxGroup
                legend="Ways of contact agreed to"
                groups={[
                  {
                    label: null,
                    options: contactChannels.map((channel) => ({
                      value: channel,
                      label: contactChannelLabels[channel],
                    })),
                  },
                ]}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.contactChannels?.message}
              />
            )}
          />
        ) : null}
      </FormSection>
      <FormSection title="Revocation and expiry">
        <TextAreaField
          label="Right to revoke, and how"
          error={errors.revocationTerms?.message}
          {...register('revocationTerms')}
        />
        <div className="field-row">
          <TextField
            label="Expires on"
            type="date"
            error={errors.expiresOn?.message}
            {...register('expiresOn', { setValueAs: asOptionalDate })}
          />
          <TextField
            label="Or expires upon"
            hint="An event, such as “the end of the match”."
            error={errors.expiryEvent?.message}
            {...register('expiryEvent')}
          />
        </div>
      </FormSection>
      <FormSection title="Signature">
        <SelectField label="Signed by" error={errors.signer?.message} {...register('signer')}>
          <option value="participant">The participant</option>
          <option value="representative">An authorised representative</option>
        </SelectField>
        {signer === 'representative' ? (
          <div className="field-row">
            <TextField
              label="Representative’s name"
              error={errors.representativeName?.message}
              {...register('representativeName')}
            />
            <TextField
              label="Relationship to the participant"
              error={errors.representativeRelationship?.message}
              {...register('representativeRelationship')}
            />
          </div>
        ) : null}
        <div className="field-row">
          <TextField
            label="Date signed"
            type="date"
            error={errors.signedOn?.message}
            {...register('signedOn', { setValueAs: asOptionalDate })}
          />
          <SelectField
            label="How it was obtained"
            error={errors.method?.message}
            {...register('method', { setValueAs: asOptionalChoice })}
          >
            <option value="">Not recorded</option>
            {consentMethods.map((value) => (
              <option key={value} value={value}>
                {consentMethodLabels[value]}
              </option>
            ))}
          </SelectField>
        </div>
        {method === 'verbal-witnessed' ? (
          <TextField label="Witness" error={errors.witnessName?.message} {...register('witnessName')} />
        ) : null}
        <TextAreaField label="Notes" error={errors.notes?.message} {...register('notes')} />
      </FormSection>
    </RecordFormLayout>
  );
}
