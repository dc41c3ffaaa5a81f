import { usePersonCommand } from '../people/usePersonCommand';
import { useParticipantSaved } from './useParticipantSaved';

export function useChangeParticipantStatus() {
  const saved = useParticipantSaved();
  return usePersonCommand('participants.changeStatus', saved);
}
