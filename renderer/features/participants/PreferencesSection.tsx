// What the participant would like in a peer: the matching later reads these.
import { useFormContext, useWatch } from 'react-hook-form';
import { genders } from '../../../shared/api/fields';
import type { ParticipantFields, ParticipantFieldsInput } from '../../../shared/api/participants';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable } from '../vocabulary/vocabulary-groups';
import { asId, asOptionalChoice, asOptionalNumber } from '../people/form-value-parsers';
import { ModalitiesField } from '../people/ModalitiesField';
import { genderLabels } from '../people/people-labels';

export function PreferencesSection() {
  const { register, control, formState } = useFormContext<ParticipantFieldsInput, unknown, ParticipantFields>();
  const errors = formState.errors.preferences;
  const languages = useVocabulary('language');
  const languageId = useWatch({ control, name: 'preferences.languageId' }) ?? null;
  return (
    <FormSection title="Preferences for a peer">
      <div className="field-row">
        <SelectField
          label="Peer's gender"
          error={errors?.gender?.message}
          {...register('preferences.gender', { setValueAs: asOptionalChoice })}
        >
          <option value="">No preference</option>
          {genders
            .filter((gender) => gender !== 'prefer-not-to-say')
            .map((gender) => (
              <option key={gender} value={gender}>
                {genderLabels[gender]}
              </option>
            ))}
        </SelectField>
        <TextField
          label="Peer's age from"
          type="number"
          inputMode="numeric"
          className="field-narrow"
          error={errors?.ageMin?.message}
          {...register('preferences.ageMin', { setValueAs: asOptionalNumber })}
        />
        <TextField
          label="Peer's age to"
          type="number"
          inputMode="numeric"
          className="field-narrow"
          error={errors?.ageMax?.message}
          {...register('preferences.ageMax', { setValueAs: asOptionalNumber })}
        />
      </div>
      <div className="field-row">
        <SelectField
          label="Peer's language"
          error={errors?.languageId?.message}
          {...register('preferences.languageId', { setValueAs: asId })}
        >
          <option value="">No preference</option>
          {choosable(languages.data ?? [], [languageId]).map((term) => (
            <option key={term.id} value={term.id}>
              {term.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Is the language required?"
          error={errors?.languageRequired?.message}
          {...register('preferences.languageRequired', {
            setValueAs: (value: string | boolean) => value === true || value === 'true',
          })}
        >
          <option value="false">Preferred</option>
          <option value="true">Required</option>
        </SelectField>
      </div>
      <TextField
        label="Peer's cultural background"
        error={errors?.culturalBackground?.message}
        {...register('preferences.culturalBackground')}
      />
      <ModalitiesField name="preferences.modalities" legend="Ways to meet" />
    </FormSection>
  );
}
