// Puts the backend's field errors on the matching form fields; returns whether any matched.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/api-error';

export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: Partial<Record<string, Path<T>>>,
): boolean {
  if (!(error instanceof ApiError) || !error.fieldErrors) return false;
  let applied = false;
  for (const [path, messages] of Object.entries(error.fieldErrors)) {
    const field = fieldNames[path];
    if (field && messages[0]) {
      setError(field, { type: 'server', message: messages[0] }, { shouldFocus: !applied });
      applied = true;
    }
  }
  return applied;
}
