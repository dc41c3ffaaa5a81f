// After any change to a peer supporter: their record as answered, and every list page again.
import { useQueryClient } from '@tanstack/react-query';
import type { PeerSupporter } from '../../../shared/api/peer-supporters';
import { peerSupporterKeys } from './peer-supporter-keys';

export function usePeerSupporterSaved() {
  const client = useQueryClient();
  return async (peer: PeerSupporter) => {
    client.setQueryData(peerSupporterKeys.detail(peer.id), peer);
    await client.invalidateQueries({ queryKey: peerSupporterKeys.lists() });
  };
}
