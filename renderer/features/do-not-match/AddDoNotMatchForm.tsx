// Records a "do not match" pair from one person's page: the other person, the reason, and a note
// (required for another reason). Validated with the backend's schema.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import type { z } from 'zod';
import { Controller, useForm, type DefaultValues } from 'react-hook-form';
import { doNotMatchAddInput, doNotMatchReasonLabels, doNotMatchReasons } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { PersonPicker, type PickedPerson } from '../people/PersonPicker';
import type { DoNotMatchSide } from './do-not-match-keys';
import { useAddDoNotMatch } from './useDoNotMatch';

interface AddDoNotMatchFormProps {
  side: DoNotMatchSide;
  person: PickedPerson;
}

type PairInput = z.input<typeof doNotMatchAddInput>;
type PairFields = z.output<typeof doNotMatchAddInput>;

const fieldNames = {
  participantId: 'participantId',
  peerSupporterId: 'peerSupporterId',
  reason: 'reason',
  note: 'note',
} as const;

export function AddDoNotMatchForm({ side, person }: AddDoNotMatchFormProps) {
  const add = useAddDoNotMatch();
  // This person's side of the pair is fixed; the other is picked.
  const own = side === 'participant' ? { participantId: person.id } : { peerSupporterId: person.id };
  const otherField = side === 'participant' ? 'peerSupporterId' : 'participantId';
  const empty: DefaultValues<PairInput> = { ...own, note: '' };
  const [other, setOther] = useState<PickedPerson | null>(null);
  const { register, handleSubmit, formState, setError, reset, control } = useForm<PairInput, unknown, PairFields>({
    resolver: zodResolver(doNotMatchAddInput),
    defaultValues: empty,
  });
  const submit = handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => {
        reset(empty);
        setOther(null);
      },
      onError: (error) => applyFieldErrors(error, setError, fieldNames),
    }),
  );
  const errors = formState.errors;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  const otherError = errors[otherField];
  return (
    <form noValidate aria-label="Add a do not match pair" onSubmit={(event) => void submit(event)}>
      <h3>Add someone</h3>
      {add.isSuccess && !formState.isDirty ? <Alert tone="success">Recorded.</Alert> : null}
      {add.isError && !serverFieldError ? <Alert tone="error">{errorMessage(add.error)}</Alert> : null}
      <Controller
        control={control}
        name={otherField}
        render={({ field }) => (
          <PersonPicker
            legend={side === 'participant' ? 'Peer supporter' : 'Participant'}
            kind={side === 'participant' ? 'peer-supporters' : 'participants'}
            hint="One person."
            value={other ? [other] : []}
            onChange={(picked) => {
              // One at a time: a new pick replaces the last.
              const next = picked.at(-1) ?? null;
              setOther(next);
              field.onChange(next?.id);
            }}
            // The schema's word for a missing participant is a generic "Choose an item."
            error={
              otherError && otherField === 'participantId' && otherError.type !== 'server'
                ? 'Choose the participant.'
                : otherError?.message
            }
          />
        )}
      />
      <div className="field-row">
        <SelectField label="Reason" error={errors.reason?.message} {...register('reason')}>
          <option value="">Choose the reason</option>
          {doNotMatchReasons.map((reason) => (
            <option key={reason} value={reason}>
              {doNotMatchReasonLabels[reason]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Note"
          hint="Required for another reason."
          error={errors.note?.message}
          {...register('note')}
        />
      </div>
      <div className="actions actions-start">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Saving…' : 'Add to do not match'}
        </button>
      </div>
    </form>
  );
}
