import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { useParticipantSaved } from './useParticipantSaved';

export function useUpdateParticipant() {
  const saved = useParticipantSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'participants.update'>) => call('participants.update', input),
    onSuccess: saved,
  });
}
