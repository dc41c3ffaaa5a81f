import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { useParticipantSaved } from './useParticipantSaved';

export function useArchiveParticipant() {
  const saved = useParticipantSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'participants.archive'>) => call('participants.archive', input),
    onSuccess: saved,
  });
}
