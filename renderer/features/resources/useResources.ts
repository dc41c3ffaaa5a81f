// The resource directory: the list (with retired entries or without), and the changes, each
// refreshing every list of it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import type { Resource } from '../../../shared/api/resources';
import { call } from '../../api/call';
import { resourceKeys } from './resource-keys';

export function resourcesQuery(includeRetired: boolean) {
  return {
    queryKey: resourceKeys.list(includeRetired),
    queryFn: () => call('resources.list', { includeRetired }),
  };
}

/** Referral counts change as contacts are logged elsewhere: asked again at each opening. */
export function useResources(includeRetired: boolean) {
  return useQuery({ ...resourcesQuery(includeRetired), refetchOnMount: 'always' });
}

function useResourceChange<I>(channel: (input: I) => Promise<Resource>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: channel,
    onSuccess: () => client.invalidateQueries({ queryKey: resourceKeys.all }),
  });
}

export function useAddResource() {
  return useResourceChange((input: ChannelInput<'resources.add'>) => call('resources.add', input));
}

export function useUpdateResource() {
  return useResourceChange((input: ChannelInput<'resources.update'>) => call('resources.update', input));
}

export function useSetResourceRetired() {
  return useResourceChange((input: ChannelInput<'resources.setRetired'>) => call('resources.setRetired', input));
}
