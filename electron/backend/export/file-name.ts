// The part of an exported file's name that comes from free text (a program, a recipient).

/** A file name's part from free text: letters, digits and hyphens, at most 40 characters. */
export function fileNamePart(text: string, fallback: string): string {
  const part = text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .slice(0, 40);
  return part || fallback;
}
