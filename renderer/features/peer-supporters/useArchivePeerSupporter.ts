import { usePersonCommand } from '../people/usePersonCommand';
import { usePeerSupporterSaved } from './usePeerSupporterSaved';

export function useArchivePeerSupporter() {
  const saved = usePeerSupporterSaved();
  return usePersonCommand('peerSupporters.archive', saved);
}
