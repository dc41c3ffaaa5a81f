// Moves a participant along referred, waiting, matched, closed (with a reason) and back again.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { todayIso } from '../../../shared/api/fields';
import {
  participantStatusChangeInput,
  participantStatusLabels,
  participantStatuses,
  type Participant,
} from '../../../shared/api/participants';
import { SelectField } from '../../components/SelectField';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { choosable } from '../vocabulary/vocabulary-groups';
import { asId } from '../people/form-value-parsers';
import { StatusChangeForm } from '../people/StatusChangeForm';
import { useChangeParticipantStatus } from './useChangeParticipantStatus';

export function ChangeStatusForm({ participant, onDone }: { participant: Participant; onDone: () => void }) {
  const change = useChangeParticipantStatus();
  const reasons = useVocabulary('closure-reason');
  const next = participantStatuses.filter((status) => status !== participant.status);
  const form = useForm({
    resolver: zodResolver(participantStatusChangeInput),
    defaultValues: { id: participant.id, status: next[0], on: todayIso(), closureReasonId: null, note: '' },
  });
  const { register, formState, control } = form;
  const status = useWatch({ control, name: 'status' });
  return (
    <StatusChangeForm form={form} change={change} statuses={next} labels={participantStatusLabels} onDone={onDone}>
      {status === 'closed' ? (
        <SelectField
          label="Reason for closing"
          error={formState.errors.closureReasonId?.message}
          {...register('closureReasonId', { setValueAs: asId })}
        >
          <option value="">Choose a reason</option>
          {choosable(reasons.data ?? []).map((term) => (
            <option key={term.id} value={term.id}>
              {term.label}
            </option>
          ))}
        </SelectField>
      ) : null}
    </StatusChangeForm>
  );
}
