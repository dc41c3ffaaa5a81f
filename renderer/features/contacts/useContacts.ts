// Contacts: a match's timeline, one contact, the resources to refer to; and the changes, each
// refreshing the timeline, the match (last contact, cadence, reminders settled) and the dashboard.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { matchKeys } from '../matching/match-keys';
import { attentionKeys } from '../supervision/supervision-keys';
import { contactKeys } from './contact-keys';

export function useMatchTimeline(matchId: number) {
  return useQuery({
    queryKey: contactKeys.timeline(matchId),
    queryFn: () => call('contacts.list', { matchId }),
  });
}

/** Private notes are in it: asked at each opening and not kept once the page is left. */
export function useContact(id: number) {
  return useQuery({
    queryKey: contactKeys.detail(id),
    queryFn: () => call('contacts.get', { id }),
    refetchOnMount: 'always',
    gcTime: 0,
  });
}

/** Retired ones too: a contact saved before a resource was retired still names it. */
export function useResourceChoices() {
  return useQuery({
    queryKey: contactKeys.resourceChoices(),
    queryFn: () => call('resources.list', { includeRetired: true }),
  });
}

export function usePeerConcerns(peerSupporterId: number) {
  return useQuery({
    queryKey: contactKeys.peerConcerns(peerSupporterId),
    queryFn: () => call('contacts.peerConcerns', { peerSupporterId }),
  });
}

function useContactSaved() {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: contactKeys.all }),
      client.invalidateQueries({ queryKey: matchKeys.all }),
      client.invalidateQueries({ queryKey: attentionKeys.all }),
    ]);
  };
}

export function useCreateContact() {
  const saved = useContactSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'contacts.create'>) => call('contacts.create', input),
    onSuccess: saved,
  });
}

export function useUpdateContact() {
  const saved = useContactSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'contacts.update'>) => call('contacts.update', input),
    onSuccess: saved,
  });
}

export function useResolveConcern() {
  const saved = useContactSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'contacts.resolveConcern'>) => call('contacts.resolveConcern', input),
    onSuccess: saved,
  });
}

export function useDeleteContact() {
  const saved = useContactSaved();
  return useMutation({
    mutationFn: (id: number) => call('contacts.delete', { id }),
    onSuccess: saved,
  });
}
