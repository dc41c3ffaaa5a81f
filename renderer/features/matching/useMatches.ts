// Matches: suggestions, lists, one match; and the changes (create, start, end, complete a
// follow-up), each refreshing the matches, the people they touch (status, capacity) and the
// dashboard.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import type { Match, MatchListInput } from '../../../shared/api/matching';
import { call } from '../../api/call';
import { participantKeys } from '../participants/participant-keys';
import { peerSupporterKeys } from '../peer-supporters/peer-supporter-keys';
import { attentionKeys } from '../supervision/supervision-keys';
import { matchKeys } from './match-keys';

/** Asked again at each opening: peers, settings and other matches may have changed the ranking. */
export function useSuggestions(participantId: number) {
  return useQuery({
    queryKey: matchKeys.suggestions(participantId),
    queryFn: () => call('matches.suggest', { participantId }),
    refetchOnMount: 'always',
  });
}

/** `keepPrevious`: a list paged or filtered keeps its rows on screen until the next ones come. */
export function useMatchList(input: MatchListInput, { keepPrevious = false } = {}) {
  return useQuery({
    queryKey: matchKeys.list(input),
    queryFn: () => call('matches.list', input),
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
}

export function useMatch(id: number) {
  return useQuery({ queryKey: matchKeys.detail(id), queryFn: () => call('matches.get', { id }) });
}

function useMatchSaved() {
  const client = useQueryClient();
  return async (match: Match) => {
    client.setQueryData(matchKeys.detail(match.id), match);
    // Starting and ending move the participant's status and the peer's places free.
    await Promise.all([
      client.invalidateQueries({ queryKey: matchKeys.all }),
      client.invalidateQueries({ queryKey: participantKeys.all }),
      client.invalidateQueries({ queryKey: peerSupporterKeys.all }),
      client.invalidateQueries({ queryKey: attentionKeys.all }),
    ]);
  };
}

export function useCreateMatch() {
  const saved = useMatchSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'matches.create'>) => call('matches.create', input),
    onSuccess: saved,
  });
}

export function useStartMatch() {
  const saved = useMatchSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'matches.start'>) => call('matches.start', input),
    onSuccess: saved,
  });
}

export function useEndMatch() {
  const saved = useMatchSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'matches.end'>) => call('matches.end', input),
    onSuccess: saved,
  });
}

export function useCompleteFollowUp() {
  const saved = useMatchSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'matches.completeFollowUp'>) => call('matches.completeFollowUp', input),
    onSuccess: saved,
  });
}
