// One list's terms. Records change elsewhere, and with them how many use each term: the Lists
// page, which shows those counts, asks again each time it opens (`withUsage`).
import { useQuery } from '@tanstack/react-query';
import type { VocabularyKind } from '../../../shared/api/vocabulary';
import { call } from '../../api/call';
import { vocabularyKeys } from './vocabulary-keys';

export function vocabularyQuery(kind: VocabularyKind) {
  return { queryKey: vocabularyKeys.kind(kind), queryFn: () => call('vocabulary.list', { kind }) };
}

export function useVocabulary(kind: VocabularyKind, { withUsage = false } = {}) {
  return useQuery({ ...vocabularyQuery(kind), refetchOnMount: withUsage ? 'always' : true });
}
