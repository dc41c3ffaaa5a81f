// Contact details, with the safe-contact permissions beside the phone number: whoever phones
// must see at once whether a voicemail or a text is allowed.
import { useFormContext } from 'react-hook-form';
import { FormSection } from '../../components/FormSection';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { asOptionalBoolean } from './form-value-parsers';
import type { ContactFormValues } from './person-form-values';

export function ContactSection({ title }: { title: string }) {
  const { register, formState } = useFormContext<ContactFormValues>();
  const errors = formState.errors;
  return (
    <FormSection title={title}>
      <div className="safe-contact-fields">
        <TextField label="Phone" type="tel" autoComplete="off" error={errors.phone?.message} {...register('phone')} />
        <SelectField
          label="Voicemail"
          error={errors.voicemailOk?.message}
          {...register('voicemailOk', { setValueAs: asOptionalBoolean })}
        >
          <option value="">Not asked yet</option>
          <option value="true">A voicemail may be left</option>
          <option value="false">Do not leave a voicemail</option>
        </SelectField>
        <SelectField
          label="Text messages"
          error={errors.textsOk?.message}
          {...register('textsOk', { setValueAs: asOptionalBoolean })}
        >
          <option value="">Not asked yet</option>
          <option value="true">Texts may be sent</option>
          <option value="false">Do not send texts</option>
        </SelectField>
      </div>
      <TextField label="Best times to contact" error={errors.bestTimes?.message} {...register('bestTimes')} />
      <TextField label="Email" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
      <TextAreaField label="Address" rows={2} error={errors.address?.message} {...register('address')} />
    </FormSection>
  );
}
