// Once the program is open, the lists a leader opens first are fetched at the first idle moment,
// so that the first visit to them shows rows at once instead of "Loading…". Data only, from the
// same queries the pages use; a lock empties the cache as for any other answer.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { participantPageQuery } from '../participants/useParticipantPages';
import { peerSupporterPageQuery } from '../peer-supporters/usePeerSupporterPages';
import { defaultListFilters } from '../people/list-defaults';
import { vocabularyQuery } from '../vocabulary/useVocabulary';

export function usePrefetchLists(): void {
  const client = useQueryClient();
  useEffect(() => {
    const handle = requestIdleCallback(() => {
      // Prefetching never throws; a failure is simply fetched again by the page that needs it.
      void client.prefetchQuery(participantPageQuery(defaultListFilters('name'), 0));
      void client.prefetchQuery(peerSupporterPageQuery(defaultListFilters('name'), 0));
      void client.prefetchQuery(vocabularyQuery('experience'));
      void client.prefetchQuery(vocabularyQuery('language'));
    });
    return () => cancelIdleCallback(handle);
  }, [client]);
}
