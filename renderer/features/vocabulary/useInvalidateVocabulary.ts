// After a list changes: its terms, and the participant lists and records that show its labels.
import { useQueryClient } from '@tanstack/react-query';
import type { VocabularyTerm } from '../../../shared/api/vocabulary';
import { participantKeys } from '../participants/participant-keys';
import { vocabularyKeys } from './vocabulary-keys';

export function useInvalidateVocabulary() {
  const client = useQueryClient();
  return async (term: VocabularyTerm) => {
    await client.invalidateQueries({ queryKey: vocabularyKeys.kind(term.kind) });
    await client.invalidateQueries({ queryKey: participantKeys.lists() });
  };
}
