// What every text cell of a CSV or XLSX export goes through: a spreadsheet reads a cell that
// starts with =, +, -, @, a tab or a carriage return as a formula (OWASP "CSV injection").
// Numbers stay numbers; only text is changed, by a leading apostrophe.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell for an export: numbers and dates as they are, text neutralised, nothing as empty. */
export function exportCell(value: string | number | Date | null | undefined): string | number | Date | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? neutraliseText(value) : value;
}
