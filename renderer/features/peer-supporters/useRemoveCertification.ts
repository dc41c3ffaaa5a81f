import { usePersonCommand } from '../people/usePersonCommand';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useRemoveCertification() {
  const saved = usePeerSupporterSaved();
  return usePersonCommand('peerSupporters.removeCertification', saved);
}
