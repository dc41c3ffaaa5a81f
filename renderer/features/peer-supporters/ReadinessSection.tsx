// Readiness to support: the dates the agreements and checks were done. The checks are left
// empty where the program does not use them.
import { useFormContext } from 'react-hook-form';
import type { PeerSupporterFields, PeerSupporterFieldsInput } from '../../../shared/api/peer-supporters';
import { FormSection } from '../../components/FormSection';
import { TextField } from '../../components/TextField';
import { asOptionalDate } from '../people/form-value-parsers';

const readinessDates = [
  { name: 'codeOfConductSignedOn', label: 'Code of conduct signed' },
  { name: 'wellnessAgreementOn', label: 'Wellness support agreement on file' },
  { name: 'referenceCheckOn', label: 'Reference check done' },
  { name: 'backgroundCheckOn', label: 'Background check done' },
] as const;

export function ReadinessSection() {
  const { register, formState } = useFormContext<PeerSupporterFieldsInput, unknown, PeerSupporterFields>();
  return (
    <FormSection title="Readiness">
      <div className="field-row">
        {readinessDates.map(({ name, label }) => (
          <TextField
            key={name}
            label={label}
            type="date"
            error={formState.errors[name]?.message}
            {...register(name, { setValueAs: asOptionalDate })}
          />
        ))}
      </div>
    </FormSection>
  );
}
