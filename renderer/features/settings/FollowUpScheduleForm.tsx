// When a new match's follow-ups fall due, in days from its start: the fit check, the reminder to
// call the peer supporter if nobody has logged a contact, and how long without contact raises an
// alert, then escalates it.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { followUpScheduleSchema, type FollowUpSchedule } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useUpdateSettings } from './useUpdateSettings';

const scheduleForm = z.object({ followUps: followUpScheduleSchema });

const fields: Array<{ name: keyof FollowUpSchedule; label: string; hint?: string }> = [
  { name: 'fitCheckFromDay', label: 'Fit check from day' },
  { name: 'fitCheckByDay', label: 'Fit check by day' },
  { name: 'contactReminderDay', label: 'Reminder on day', hint: 'If no contact has been logged by then.' },
  { name: 'cadenceAlertDays', label: 'Alert after (days without contact)' },
  { name: 'cadenceEscalateDays', label: 'Escalate after (days without contact)' },
];
const fieldNames = Object.fromEntries(fields.map(({ name }) => [`followUps.${name}`, `followUps.${name}` as const]));

export function FollowUpScheduleForm({ current }: { current: FollowUpSchedule }) {
  const update = useUpdateSettings();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: zodResolver(scheduleForm),
    defaultValues: { followUps: current },
  });
  // Follows the saved values, but not each new copy of them: saving another setting must not
  // wipe changes typed here.
  const saved = JSON.stringify(current);
  useEffect(() => reset({ followUps: JSON.parse(saved) as FollowUpSchedule }), [saved, reset]);
  const submit = handleSubmit((input) =>
    update.mutate(input, { onError: (error) => applyFieldErrors(error, setError, fieldNames) }),
  );
  const errors = formState.errors.followUps;
  const serverFieldError = fields.some(({ name }) => errors?.[name]?.type === 'server');
  return (
    <form noValidate aria-label="Follow-up schedule" onSubmit={(event) => void submit(event)}>
      <h3>Follow-ups</h3>
      <p className="field-hint">Days counted from the start of each new match.</p>
      {update.isSuccess && !formState.isDirty ? <Alert tone="success">Follow-up schedule saved.</Alert> : null}
      {update.isError && !serverFieldError ? <Alert tone="error">{errorMessage(update.error)}</Alert> : null}
      <div className="field-row">
        {fields.map(({ name, label, hint }) => (
          <TextField
            key={name}
            label={label}
            hint={hint}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            step={1}
            error={errors?.[name]?.message}
            {...register(`followUps.${name}`, { valueAsNumber: true })}
          />
        ))}
      </div>
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save follow-ups'}
        </button>
      </div>
    </form>
  );
}
