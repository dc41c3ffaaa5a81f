// The funder reports' cell-size threshold: counts from 1 to t-1 print as "<t", and the cells
// that would give them away are suppressed with them.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { REPORT_THRESHOLD_MAX, REPORT_THRESHOLD_MIN, reportThresholdSchema } from '../../../shared/api/reports';
import type { Settings } from '../../../shared/api/types';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useSettings } from './useSettings';
import { useUpdateSettings } from './useUpdateSettings';

export function ReportThresholdForm() {
  const settings = useSettings();
  return (
    <section className="panel" aria-labelledby="report-threshold-title">
      <h2 id="report-threshold-title">Funder reports</h2>
      {settings.isPending ? <p role="status">Loading…</p> : null}
      {settings.isError ? <Alert tone="error">{errorMessage(settings.error)}</Alert> : null}
      {settings.data ? <ThresholdFields current={settings.data} /> : null}
    </section>
  );
}

const thresholdSettings = z.object({ reportThreshold: reportThresholdSchema });

function ThresholdFields({ current }: { current: Settings }) {
  const update = useUpdateSettings();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: zodResolver(thresholdSettings),
    defaultValues: { reportThreshold: current.reportThreshold },
  });
  useEffect(() => reset({ reportThreshold: current.reportThreshold }), [current.reportThreshold, reset]);
  const submit = handleSubmit((input) =>
    update.mutate(input, {
      onError: (error) => applyFieldErrors(error, setError, { reportThreshold: 'reportThreshold' }),
    }),
  );
  const fieldError = formState.errors.reportThreshold;
  const t = current.reportThreshold;
  return (
    <form noValidate aria-label="Funder reports" onSubmit={(event) => void submit(event)}>
      {update.isSuccess && !formState.isDirty ? (
        <Alert tone="success">
          Saved. Funder reports show counts below {update.data.reportThreshold} as “&lt;{update.data.reportThreshold}”.
        </Alert>
      ) : null}
      {update.isError && fieldError?.type !== 'server' ? (
        <Alert tone="error">{errorMessage(update.error)}</Alert>
      ) : null}
      <TextField
        label="Smallest count shown in funder reports"
        type="number"
        inputMode="numeric"
        className="field-narrow"
        min={REPORT_THRESHOLD_MIN}
        max={REPORT_THRESHOLD_MAX}
        step={1}
        hint={`Counts from 1 to ${t - 1} are shown as <${t} in funder reports (CMS policy: 11). From ${REPORT_THRESHOLD_MIN} to ${REPORT_THRESHOLD_MAX}.`}
        error={fieldError?.message}
        {...register('reportThreshold', { valueAsNumber: true })}
      />
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save threshold'}
        </button>
      </div>
    </form>
  );
}
