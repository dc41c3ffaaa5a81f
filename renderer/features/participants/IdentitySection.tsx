import { Controller, useFormContext } from 'react-hook-form';
import { genders } from '../../../shared/api/fields';
import type { ParticipantFields, ParticipantFieldsInput } from '../../../shared/api/participants';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable } from '../vocabulary/vocabulary-groups';
import { genderLabels } from './participant-labels';

export function IdentitySection() {
  const { register, control, formState } = useFormContext<ParticipantFieldsInput, unknown, ParticipantFields>();
  const errors = formState.errors;
  const languages = useVocabulary('language');
  return (
    <FormSection title="Identity">
      <div className="field-row">
        <TextField label="First name" autoComplete="off" error={errors.firstName?.message} {...register('firstName')} />
        <TextField label="Last name" autoComplete="off" error={errors.lastName?.message} {...register('lastName')} />
      </div>
      <div className="field-row">
        <TextField
          label="Preferred name"
          autoComplete="off"
          error={errors.preferredName?.message}
          {...register('preferredName')}
        />
        <TextField label="Pronouns" autoComplete="off" error={errors.pronouns?.message} {...register('pronouns')} />
      </div>
      <div className="field-row">
        <TextField
          label="Birth date"
          hint="YYYY-MM-DD, or the year only (YYYY)."
          inputMode="numeric"
          autoComplete="off"
          error={errors.birthDate?.message}
          {...register('birthDate')}
        />
        <SelectField
          label="Gender"
          error={errors.gender?.message}
          {...register('gender', { setValueAs: (value: string | null) => (value === '' ? null : value) })}
        >
          <option value="">Not recorded</option>
          {genders.map((gender) => (
            <option key={gender} value={gender}>
              {genderLabels[gender]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField
          label="Cultural background"
          hint="Optional, in the person's own words."
          error={errors.culturalBackground?.message}
          {...register('culturalBackground')}
        />
        <TextField label="Region or postal area" error={errors.region?.message} {...register('region')} />
      </div>
      <Controller
        control={control}
        name="languageIds"
        render={({ field }) => (
          <CheckboxGroup<number>
            legend="Languages"
            groups={[
              {
                label: null,
                options: choosable(languages.data ?? [], field.value ?? []).map((term) => ({
                  value: term.id,
                  label: term.label,
                })),
              },
            ]}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.languageIds?.message}
          />
        )}
      />
    </FormSection>
  );
}
