import { usePersonCommand } from '../people/usePersonCommand';
import { useParticipantSaved } from './useParticipantSaved';

export function useCreateParticipant() {
  const saved = useParticipantSaved();
  return usePersonCommand('participants.create', saved);
}
