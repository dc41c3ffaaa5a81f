// The demo program's view of the vocabulary lists: label -> id for the terms it may use, read
// through listTerms so that the demo uses exactly what a program leader would see.
import type { EntityManager } from 'typeorm';
import type { VocabularyKind, VocabularyTerm } from '../../../shared/api/vocabulary';
import { listTerms } from '../people/vocabulary';

export interface DemoVocabulary {
  /** Active terms of a kind. */
  terms(kind: VocabularyKind): VocabularyTerm[];
  /** The id of an active term, or null when the program's list has no such entry. */
  id(kind: VocabularyKind, label: string): number | null;
}

export async function loadVocabulary(manager: EntityManager): Promise<DemoVocabulary> {
  const kinds: VocabularyKind[] = ['experience', 'referral-source', 'closure-reason', 'training-topic', 'language'];
  const byKind = new Map<VocabularyKind, VocabularyTerm[]>();
  for (const kind of kinds)
    byKind.set(
      kind,
      (await listTerms(manager, kind)).filter((term) => !term.retired),
    );
  return {
    terms: (kind) => byKind.get(kind) ?? [],
    id: (kind, label) => byKind.get(kind)?.find((term) => term.label.toLowerCase() === label.toLowerCase())?.id ?? null,
  };
}
