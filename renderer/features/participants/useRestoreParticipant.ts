import { usePersonCommand } from '../people/usePersonCommand';
import { useParticipantSaved } from './useParticipantSaved';

export function useRestoreParticipant() {
  const saved = useParticipantSaved();
  return usePersonCommand('participants.restore', saved);
}
