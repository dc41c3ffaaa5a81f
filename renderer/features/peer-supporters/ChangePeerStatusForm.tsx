// Moves a peer supporter along applicant, in training, active, on leave (with dates and a
// private reason) and inactive.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { todayIso } from '../../../shared/api/fields';
import {
  peerStatusChangeInput,
  peerStatusLabels,
  peerStatuses,
  type PeerSupporter,
} from '../../../shared/api/peer-supporters';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { asOptionalDate } from '../people/form-value-parsers';
import { StatusChangeForm } from '../people/StatusChangeForm';
import { useChangePeerStatus } from './useChangePeerStatus';

export function ChangePeerStatusForm({ peer, onDone }: { peer: PeerSupporter; onDone: () => void }) {
  const change = useChangePeerStatus();
  const next = peerStatuses.filter((status) => status !== peer.status);
  const form = useForm({
    resolver: zodResolver(peerStatusChangeInput),
    defaultValues: { id: peer.id, status: next[0], on: todayIso(), leaveUntil: null, leaveReason: '', note: '' },
  });
  const { register, formState, control } = form;
  const errors = formState.errors;
  const onLeave = useWatch({ control, name: 'status' }) === 'on-leave';
  return (
    <StatusChangeForm
      form={form}
      change={change}
      statuses={next}
      labels={peerStatusLabels}
      dateLabel={onLeave ? 'Leave from' : undefined}
      besideDate={
        onLeave ? (
          <TextField
            label="Leave until"
            type="date"
            hint="Leave empty if not known yet."
            error={errors.leaveUntil?.message}
            {...register('leaveUntil', { setValueAs: asOptionalDate })}
          />
        ) : null
      }
      onDone={onDone}
    >
      {onLeave ? (
        <TextAreaField
          label="Reason for the leave (private)"
          hint="Shown only on this record."
          rows={2}
          error={errors.leaveReason?.message}
          {...register('leaveReason')}
        />
      ) : null}
    </StatusChangeForm>
  );
}
