// The error a failed channel call throws in the renderer, so TanStack Query sees it as an error
// while the code, field errors and retry delay stay available to the screens.
import type { ApiError as ApiErrorData, ErrorCode } from '../../shared/api/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: Record<string, string[]> | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.fieldErrors = data.fieldErrors;
    this.retryAfterMs = data.retryAfterMs;
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** A message for any thrown value, in words a person can act on. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again; if it keeps happening, restart PeerDesk.';
}
