import { usePersonCommand } from '../people/usePersonCommand';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useUpdatePeerSupporter() {
  const saved = usePeerSupporterSaved();
  return usePersonCommand('peerSupporters.update', saved);
}
