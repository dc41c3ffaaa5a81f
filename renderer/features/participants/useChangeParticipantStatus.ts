import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { useParticipantSaved } from './useParticipantSaved';

export function useChangeParticipantStatus() {
  const saved = useParticipantSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'participants.changeStatus'>) => call('participants.changeStatus', input),
    onSuccess: saved,
  });
}
