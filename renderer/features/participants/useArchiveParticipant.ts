import { usePersonCommand } from '../people/usePersonCommand';
import { useParticipantSaved } from './useParticipantSaved';

export function useArchiveParticipant() {
  const saved = useParticipantSaved();
  return usePersonCommand('participants.archive', saved);
}
