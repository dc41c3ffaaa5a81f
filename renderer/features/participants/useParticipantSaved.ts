// After any change to a participant: their record as answered, and every list page again.
import { useQueryClient } from '@tanstack/react-query';
import type { Participant } from '../../../shared/api/participants';
import { participantKeys } from './participant-keys';

export function useParticipantSaved() {
  const client = useQueryClient();
  return async (participant: Participant) => {
    client.setQueryData(participantKeys.detail(participant.id), participant);
    await client.invalidateQueries({ queryKey: participantKeys.lists() });
  };
}
