// Group sessions: the list a page at a time, one session, and the changes, each refreshing the
// list (and the session as answered).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import type { GroupSession } from '../../../shared/api/groups';
import { call } from '../../api/call';
import { groupKeys } from './group-keys';

export const GROUPS_PAGE_SIZE = 50;

/** Newest first, as the backend orders them. */
export function useGroupSessions(page: number) {
  return useQuery({
    queryKey: groupKeys.page(page),
    queryFn: () => call('groups.list', { offset: page * GROUPS_PAGE_SIZE, limit: GROUPS_PAGE_SIZE }),
    // The page on show stays while the next one is fetched.
    placeholderData: keepPreviousData,
  });
}

/** Attendance names participants: asked afresh at each opening, and not kept after. */
export function useGroupSession(id: number) {
  return useQuery({
    queryKey: groupKeys.detail(id),
    queryFn: () => call('groups.get', { id }),
    refetchOnMount: 'always',
    gcTime: 0,
  });
}

function useGroupSaved() {
  const client = useQueryClient();
  return async (session: GroupSession) => {
    client.setQueryData(groupKeys.detail(session.id), session);
    await client.invalidateQueries({ queryKey: groupKeys.lists() });
  };
}

export function useCreateGroupSession() {
  const saved = useGroupSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'groups.create'>) => call('groups.create', input),
    onSuccess: saved,
  });
}

export function useUpdateGroupSession() {
  const saved = useGroupSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'groups.update'>) => call('groups.update', input),
    onSuccess: saved,
  });
}

export function useDeleteGroupSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('groups.delete', { id }),
    onSuccess: async (session) => {
      client.removeQueries({ queryKey: groupKeys.detail(session.id) });
      await client.invalidateQueries({ queryKey: groupKeys.lists() });
    },
  });
}
