import { usePersonCommand } from '../people/usePersonCommand';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useAddCertification() {
  const saved = usePeerSupporterSaved();
  return usePersonCommand('peerSupporters.addCertification', saved);
}
