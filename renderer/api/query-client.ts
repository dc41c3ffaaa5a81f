// The one QueryClient. Any call answered LOCKED sends the UI back to the unlock screen, and
// locking drops every cached answer that came from inside the encrypted database.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { programKeys } from '../features/program/program-keys';

export function forgetUnlockedData(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => !programKeys.isStatus(query.queryKey) });
  // Mutations keep their variables (passphrases, the recovery key): drop them too.
  client.getMutationCache().clear();
}

export async function returnToUnlock(client: QueryClient): Promise<void> {
  forgetUnlockedData(client);
  await client.invalidateQueries({ queryKey: programKeys.status() });
}

export function createQueryClient(): QueryClient {
  const onError = (error: unknown): void => {
    if (isApiError(error, 'LOCKED')) void returnToUnlock(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // The backend is local: answers change only when this UI changes them, so no
        // background refetching; mutations invalidate what they touch.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        retry: false,
      },
      // Nothing a mutation was given or answered is kept once its form is done with it.
      mutations: { retry: false, gcTime: 0 },
    },
  });
  return client;
}
