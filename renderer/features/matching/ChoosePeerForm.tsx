// Choosing one peer supporter for a participant: start the match now (from a date, today unless
// told otherwise) or propose it to start later. A peer below the suggested asks why.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../shared/api/fields';
import { matchCreateInput, type MatchCreateInput } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import type { z } from 'zod';
import { useCreateMatch } from './useMatches';

interface ChoosePeerFormProps {
  participantId: number;
  peer: { id: number; name: string };
  /** Among the suggested: no reason needed. */
  suggested: boolean;
  previousMatchId: number | null;
}

export function ChoosePeerForm({ participantId, peer, suggested, previousMatchId }: ChoosePeerFormProps) {
  const create = useCreateMatch();
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<
    MatchCreateInput,
    unknown,
    z.output<typeof matchCreateInput>
  >({
    resolver: zodResolver(matchCreateInput),
    defaultValues: {
      participantId,
      peerSupporterId: peer.id,
      startedOn: todayIso(),
      choiceReason: '',
      previousMatchId,
    },
  });
  const errors = formState.errors;
  // Awaited rather than passed to mutate: the new match takes the peer off this list, and the
  // form with it, before mutate's own callbacks would run.
  const save = (start: boolean) =>
    handleSubmit(async (values) => {
      try {
        const match = await create.mutateAsync({ ...values, startedOn: start ? values.startedOn : null });
        void navigate(`/matches/${match.id}`, { state: { notice: start ? 'Match started.' : 'Match proposed.' } });
      } catch (error) {
        applyFieldErrors(error, setError, { startedOn: 'startedOn', choiceReason: 'choiceReason' });
      }
    });
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form
      noValidate
      className="choose-peer"
      aria-label={`Match with ${peer.name}`}
      onSubmit={(e) => void save(true)(e)}
    >
      {create.isError && !serverFieldError ? <Alert tone="error">{errorMessage(create.error)}</Alert> : null}
      {suggested ? null : (
        <TextAreaField
          label="Why this peer supporter?"
          hint="Not among the suggested: say why you chose them."
          rows={2}
          error={errors.choiceReason?.message}
          {...register('choiceReason')}
        />
      )}
      <div className="field-row">
        <TextField label="Start date" type="date" error={errors.startedOn?.message} {...register('startedOn')} />
      </div>
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={create.isPending}>
          Start match
        </button>
        <button type="button" disabled={create.isPending} onClick={(e) => void save(false)(e)}>
          Propose
        </button>
      </div>
    </form>
  );
}
