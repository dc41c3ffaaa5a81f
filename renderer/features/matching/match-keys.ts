// Query keys for matches: list pages (per filter and page), one participant's matches, single
// matches, and the suggestions for a participant (which every match change can reorder).
import type { MatchListInput } from '../../../shared/api/matching';

export const matchKeys = {
  all: ['matches'] as const,
  lists: () => [...matchKeys.all, 'list'] as const,
  list: (input: MatchListInput) => [...matchKeys.lists(), input] as const,
  details: () => [...matchKeys.all, 'detail'] as const,
  detail: (id: number) => [...matchKeys.details(), id] as const,
  suggestions: (participantId: number) => [...matchKeys.all, 'suggestions', participantId] as const,
};
