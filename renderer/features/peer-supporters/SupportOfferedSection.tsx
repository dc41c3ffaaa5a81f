// What the peer offers: ways to meet, how many matches at most, when, and on what footing.
import { useFormContext } from 'react-hook-form';
import {
  engagements,
  type PeerSupporterFields,
  type PeerSupporterFieldsInput,
} from '../../../shared/api/peer-supporters';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { ModalitiesField } from '../people/ModalitiesField';
import { asOptionalDate, asOptionalNumber } from '../people/form-value-parsers';
import { engagementLabels } from './peer-labels';

export function SupportOfferedSection() {
  const { register, formState } = useFormContext<PeerSupporterFieldsInput, unknown, PeerSupporterFields>();
  const errors = formState.errors;
  return (
    <FormSection title="Support offered">
      <ModalitiesField name="modalities" legend="Ways to meet offered" />
      <div className="field-row">
        <TextField
          label="Capacity"
          hint="How many active matches at most."
          type="number"
          inputMode="numeric"
          className="field-narrow"
          error={errors.capacity?.message}
          {...register('capacity', { setValueAs: asOptionalNumber })}
        />
        <SelectField label="Volunteer or paid" error={errors.engagement?.message} {...register('engagement')}>
          {engagements.map((engagement) => (
            <option key={engagement} value={engagement}>
              {engagementLabels[engagement]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Start date"
          type="date"
          error={errors.startDate?.message}
          {...register('startDate', { setValueAs: asOptionalDate })}
        />
      </div>
      <TextAreaField
        label="Availability"
        hint="For example: weekday evenings, not in August."
        rows={2}
        error={errors.availability?.message}
        {...register('availability')}
      />
    </FormSection>
  );
}
