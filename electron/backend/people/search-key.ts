// The form of a name that search compares: no case, no accents, no punctuation, so that "zoe"
// finds "Zoë" and "obrien" finds "O'Brien".

// Letters that Unicode does not decompose into a base letter and an accent.
const folds: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (letter) => folds[letter] ?? letter)
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What is stored beside a person, and searched by fragments of words. */
export function searchKeyOf(names: { firstName: string; lastName: string; preferredName: string | null }): string {
  return foldForSearch([names.firstName, names.lastName, names.preferredName ?? ''].join(' '));
}

/** The words of a query; every one must appear somewhere in the key. */
export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((word) => word.length > 0);
}
