import { usePersonCommand } from '../people/usePersonCommand';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useCreatePeerSupporter() {
  const saved = usePeerSupporterSaved();
  return usePersonCommand('peerSupporters.create', saved);
}
