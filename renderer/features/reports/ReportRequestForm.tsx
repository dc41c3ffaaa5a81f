// What goes in a report: the period (a quarter, a year, or dates typed in) with the dates it
// stands for today, and the sections. The form itself belongs to the page, so that a saved
// funder profile can fill it in and build in one click.
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { formatDay, resolvePeriod } from '../../../shared/api/report-period';
import { reportPeriodSchema, type ReportBuildInput } from '../../../shared/api/reports';
import { todayIso } from '../../../shared/api/fields';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { periodOptions, sectionGroups } from './report-choices';
import type { ReportRequestValues } from './report-request-values';

interface ReportRequestFormProps {
  form: UseFormReturn<ReportRequestValues, unknown, ReportBuildInput>;
  onSubmit: () => void;
  building: boolean;
}

export function ReportRequestForm({ form, onSubmit, building }: ReportRequestFormProps) {
  const { register, control, formState } = form;
  const errors = formState.errors;
  const kind = useWatch({ control, name: 'kind' });
  return (
    <form
      noValidate
      aria-label="Report"
      className="report-request"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <SelectField label="Period" error={errors.kind?.message} {...register('kind')}>
        {periodOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
      {kind === 'custom' ? (
        <div className="field-row">
          <TextField label="From" type="date" error={errors.from?.message} {...register('from')} />
          <TextField label="To" type="date" error={errors.to?.message} {...register('to')} />
        </div>
      ) : null}
      <ResolvedPeriod form={form} />
      <Controller
        control={control}
        name="sections"
        render={({ field }) => (
          <CheckboxGroup
            legend="Sections"
            groups={sectionGroups}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.sections?.message}
          />
        )}
      />
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={building}>
          Build report
        </button>
      </div>
    </form>
  );
}

/** The dates the chosen period covers, worked out from today's date as the backend will. */
function ResolvedPeriod({ form }: Pick<ReportRequestFormProps, 'form'>) {
  const [kind, from, to] = useWatch({ control: form.control, name: ['kind', 'from', 'to'] });
  const today = todayIso();
  const choice = reportPeriodSchema.safeParse(kind === 'custom' ? { kind, from, to } : { kind });
  return (
    <p className="report-period" aria-live="polite">
      {choice.success ? `${resolvePeriod(choice.data, today).label}. ` : 'Enter the first and last day of the period. '}
      Today is {formatDay(today)}.
    </p>
  );
}
