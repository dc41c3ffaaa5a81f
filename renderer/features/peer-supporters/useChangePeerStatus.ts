import { usePersonCommand } from '../people/usePersonCommand';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useChangePeerStatus() {
  const saved = usePeerSupporterSaved();
  return usePersonCommand('peerSupporters.changeStatus', saved);
}
