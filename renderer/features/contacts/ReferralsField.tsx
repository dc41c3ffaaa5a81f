// The referrals a contact made: rows of a resource from the directory and a note, added and
// removed as needed.
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { ContactFieldsInput } from '../../../shared/api/contacts';
import type { Resource } from '../../../shared/api/resources';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';

export function ReferralsField({ resources }: { resources: Resource[] }) {
  const { control, register, formState, getValues } = useFormContext<ContactFieldsInput>();
  const rows = useFieldArray({ control, name: 'referrals', keyName: 'key' });
  const errors = formState.errors.referrals;
  // Retired resources stay on the referrals that already name them.
  const chosen = new Set((getValues('referrals') ?? []).map((referral) => referral.resourceId));
  const offered = resources.filter((resource) => !resource.retired || chosen.has(resource.id));
  if (offered.length === 0) {
    return <p>No resources in the directory yet: add the services you refer to, then record referrals here.</p>;
  }
  return (
    <>
      {rows.fields.length === 0 ? <p>No referrals.</p> : null}
      <ol className="referral-rows">
        {rows.fields.map((row, index) => (
          <li key={row.key}>
            <div className="field-row">
              <SelectField
                label={`Resource for referral ${index + 1}`}
                error={errors?.[index]?.resourceId?.message}
                {...register(`referrals.${index}.resourceId`, { valueAsNumber: true })}
              >
                <option value="0">Choose a resource</option>
                {offered.map((resource) => (
                  <option key={resource.id} value={resource.id}>
                    {resource.name}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={`Note for referral ${index + 1}`}
                error={errors?.[index]?.note?.message}
                {...register(`referrals.${index}.note`)}
              />
            </div>
            <button type="button" className="button-small" onClick={() => rows.remove(index)}>
              Remove referral {index + 1}
            </button>
          </li>
        ))}
      </ol>
      {errors?.message ? <p className="field-error">{errors.message}</p> : null}
      <button type="button" className="button-small" onClick={() => rows.append({ resourceId: 0, note: '' })}>
        Add a referral
      </button>
    </>
  );
}
