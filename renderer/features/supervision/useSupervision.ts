// Supervision data: a peer supporter's notes and standing, the concerns raised in their contacts,
// one note (opening it is audited), the supervisors; and the changes, each refreshing what it
// touched and the dashboard.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import type { SupervisionNote } from '../../../shared/api/supervision';
import { call } from '../../api/call';
import { attentionKeys, supervisionKeys } from './supervision-keys';

/** `standing` (status and since when) is part of the key: a status change moves the due date. */
export function usePeerSupervision(peerSupporterId: number, standing: string) {
  return useQuery({
    queryKey: [...supervisionKeys.peer(peerSupporterId), standing],
    queryFn: () => call('supervision.forPeer', { peerSupporterId }),
  });
}

/** Each opening asks the backend (which audits it), and nothing of the note stays cached after. */
export function useSupervisionNote(noteId: number) {
  return useQuery({
    queryKey: supervisionKeys.note(noteId),
    queryFn: () => call('supervision.get', { id: noteId }),
    refetchOnMount: 'always',
    gcTime: 0,
  });
}

export function useSupervisors() {
  return useQuery({ queryKey: supervisionKeys.supervisors(), queryFn: () => call('supervisors.list', {}) });
}

function useNoteSaved() {
  const client = useQueryClient();
  return async (note: SupervisionNote) => {
    client.setQueryData(supervisionKeys.note(note.id), note);
    // Peers may have left the note as well as joined it: every peer's standing is asked again.
    await Promise.all([
      client.invalidateQueries({ queryKey: [...supervisionKeys.all, 'peer'] }),
      client.invalidateQueries({ queryKey: attentionKeys.all }),
    ]);
  };
}

export function useCreateNote() {
  const saved = useNoteSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'supervision.create'>) => call('supervision.create', input),
    onSuccess: saved,
  });
}

export function useUpdateNote() {
  const saved = useNoteSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'supervision.update'>) => call('supervision.update', input),
    onSuccess: saved,
  });
}

export function useCompleteAction() {
  const saved = useNoteSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'supervision.completeAction'>) => call('supervision.completeAction', input),
    onSuccess: saved,
  });
}

export function useSupervisorChange<I>(run: (input: I) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    // Notes show their supervisor's name.
    onSuccess: () => client.invalidateQueries({ queryKey: supervisionKeys.all }),
  });
}
