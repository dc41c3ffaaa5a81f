import { usePersonCommand } from '../people/usePersonCommand';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useAddTraining() {
  const saved = usePeerSupporterSaved();
  return usePersonCommand('peerSupporters.addTraining', saved);
}
