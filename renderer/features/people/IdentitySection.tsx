// Who the person is: names, pronouns, gender, background, region and languages. The birth
// field differs (a participant's date, a peer's year), so the form passes its own.
import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { genders } from '../../../shared/api/fields';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable } from '../vocabulary/vocabulary-groups';
import { asOptionalChoice } from './form-value-parsers';
import { genderLabels } from './people-labels';
import type { IdentityFormValues } from './person-form-values';

export function IdentitySection({ birthField }: { birthField: ReactNode }) {
  const { register, control, formState } = useFormContext<IdentityFormValues>();
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
        {birthField}
        <SelectField
          label="Gender"
          error={errors.gender?.message}
          {...register('gender', { setValueAs: asOptionalChoice })}
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
