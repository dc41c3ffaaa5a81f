import { usePersonCommand } from '../people/usePersonCommand';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useRemoveTraining() {
  const saved = usePeerSupporterSaved();
  return usePersonCommand('peerSupporters.removeTraining', saved);
}
