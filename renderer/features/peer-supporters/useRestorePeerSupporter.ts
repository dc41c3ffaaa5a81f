import { usePersonCommand } from '../people/usePersonCommand';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useRestorePeerSupporter() {
  const saved = usePeerSupporterSaved();
  return usePersonCommand('peerSupporters.restore', saved);
}
