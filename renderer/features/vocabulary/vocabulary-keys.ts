// Query keys for the program's lists (tags, referral sources, closure reasons, ...), one per kind.
import type { VocabularyKind } from '../../../shared/api/vocabulary';

export const vocabularyKeys = {
  all: ['vocabulary'] as const,
  kind: (kind: VocabularyKind) => [...vocabularyKeys.all, kind] as const,
};
