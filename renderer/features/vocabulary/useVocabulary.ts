import { useQuery } from '@tanstack/react-query';
import type { VocabularyKind } from '../../../shared/api/vocabulary';
import { call } from '../../api/call';
import { vocabularyKeys } from './vocabulary-keys';

export function vocabularyQuery(kind: VocabularyKind) {
  return { queryKey: vocabularyKeys.kind(kind), queryFn: () => call('vocabulary.list', { kind }) };
}

export function useVocabulary(kind: VocabularyKind) {
  return useQuery(vocabularyQuery(kind));
}
