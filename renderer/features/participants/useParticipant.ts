// One participant's record. Each opening asks the backend again, because the backend records
// every opening as a view; nothing is kept once the page is left.
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call';
import { participantKeys } from './participant-keys';

export function useParticipant(id: number) {
  return useQuery({
    queryKey: participantKeys.detail(id),
    queryFn: () => call('participants.get', { id }),
    refetchOnMount: 'always',
    gcTime: 0,
  });
}
