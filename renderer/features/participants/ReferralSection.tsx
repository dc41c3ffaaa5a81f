import { useFormContext, useWatch } from 'react-hook-form';
import type { ParticipantFields, ParticipantFieldsInput } from '../../../shared/api/participants';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable } from '../vocabulary/vocabulary-groups';
import { asId } from '../people/form-value-parsers';

export function ReferralSection() {
  const { register, control, formState } = useFormContext<ParticipantFieldsInput, unknown, ParticipantFields>();
  const errors = formState.errors;
  const sources = useVocabulary('referral-source');
  const chosen = useWatch({ control, name: 'referralSourceId' }) ?? null;
  return (
    <FormSection title="Referral">
      <div className="field-row">
        <TextField
          label="Referral date"
          type="date"
          error={errors.referralDate?.message}
          {...register('referralDate')}
        />
        <SelectField
          label="Referral source"
          error={errors.referralSourceId?.message}
          {...register('referralSourceId', { setValueAs: asId })}
        >
          <option value="">Not recorded</option>
          {choosable(sources.data ?? [], [chosen]).map((term) => (
            <option key={term.id} value={term.id}>
              {term.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField label="Referrer's name" error={errors.referrerName?.message} {...register('referrerName')} />
        <TextField
          label="Referrer's organisation"
          error={errors.referrerOrganisation?.message}
          {...register('referrerOrganisation')}
        />
      </div>
    </FormSection>
  );
}
