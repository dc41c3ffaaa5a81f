import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getBridge, onBridgeReconnect } from '../../api/bridge';
import { returnToUnlock } from '../../api/query-client';
import { setLockReason } from './lock-notice';
import { programKeys } from './program-keys';

/** Returns to the unlock screen when the backend locks (idle, OS lock, suspend). */
export function useLockedEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const offLocked = getBridge().on('locked', ({ reason }) => {
      setLockReason(reason);
      void returnToUnlock(client);
    });
    // Events may have been missed while the stream was down: ask for the status again.
    const offReconnect = onBridgeReconnect(() => void client.invalidateQueries({ queryKey: programKeys.status() }));
    return () => {
      offLocked();
      offReconnect();
    };
  }, [client]);
}
