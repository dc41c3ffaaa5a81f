import { usePersonCommand } from '../people/usePersonCommand';
import { useParticipantSaved } from './useParticipantSaved';

export function useUpdateParticipant() {
  const saved = useParticipantSaved();
  return usePersonCommand('participants.update', saved);
}
