// Terms arranged the way people pick them: parents in order, each followed by its sub-types.
import type { VocabularyTerm } from '../../../shared/api/vocabulary';

export interface TermGroup {
  parent: VocabularyTerm;
  children: VocabularyTerm[];
}

export function groupTerms(terms: readonly VocabularyTerm[]): TermGroup[] {
  const byLabel = (a: VocabularyTerm, b: VocabularyTerm) => a.label.localeCompare(b.label);
  return terms
    .filter((term) => term.parentId === null)
    .sort(byLabel)
    .map((parent) => ({ parent, children: terms.filter((term) => term.parentId === parent.id).sort(byLabel) }));
}

/** Terms someone may choose now: not retired, unless already chosen. */
export function choosable(terms: readonly VocabularyTerm[], chosen: readonly (number | null)[] = []): VocabularyTerm[] {
  return terms.filter((term) => !term.retired || chosen.includes(term.id));
}

export function termLabel(terms: readonly VocabularyTerm[] | undefined, id: number | null): string | null {
  if (id === null) return null;
  return terms?.find((term) => term.id === id)?.label ?? null;
}
