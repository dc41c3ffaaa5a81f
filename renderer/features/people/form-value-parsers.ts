// Form inputs give strings; the shared schemas want numbers, booleans or null. These turn one
// into the other for register's setValueAs.
const isBlank = (value: unknown): boolean => value === '' || value === null || value === undefined;

export const asId = (value: unknown): number | null => (isBlank(value) ? null : Number(value));

export const asOptionalBoolean = (value: unknown): boolean | null =>
  isBlank(value) ? null : value === true || value === 'true';

export const asOptionalNumber = (value: unknown): number | null => (isBlank(value) ? null : Number(value));

/** An empty date input means "not recorded". */
export const asOptionalDate = (value: unknown): string | null => (isBlank(value) ? null : String(value));

/** An empty select means "not recorded". */
export const asOptionalChoice = (value: string | null): string | null => (value === '' ? null : value);
