// The one router all three hosts call: it refuses unknown channels, validates input against the
// shared schema, refuses locked-only channels while locked, and answers with a Result envelope.
import { type z } from 'zod';
import { channels, isChannelName } from '../../../shared/api/channels';
import type { ApiError, Result } from '../../../shared/api/errors';
import { classifyDatabaseFailure } from '../db/database-failure';
import { AppError, describeError, messages } from '../errors';
import type { ProgramSession } from '../services/program-session';
import { buildHandlers, type Handlers } from './handlers';

export interface Router {
  handle(channel: unknown, input: unknown): Promise<Result<unknown>>;
}

/** Calls that only look do not count as activity, so a status poll never defers the idle lock. */
const notActivity = new Set<string>(['program.status']);

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(input)';
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}

function validationError(error: z.ZodError): ApiError {
  const fieldErrors = fieldErrorsOf(error);
  const summary = Object.entries(fieldErrors)
    .map(([field, list]) => `${field}: ${list.join(' ')}`)
    .join(' ');
  return { code: 'VALIDATION', message: `Some input is not valid. ${summary}`, fieldErrors };
}

export function createRouter(session: ProgramSession, handlers: Handlers = buildHandlers(session)): Router {
  return {
    async handle(channel, input) {
      if (!isChannelName(channel)) {
        return {
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel named ${JSON.stringify(channel)}.` },
        };
      }
      const definition = channels[channel];
      // Locked first: a locked program says nothing about the input it would have taken.
      if (!definition.whenLocked && !session.isUnlocked) {
        return { ok: false, error: { code: 'LOCKED', message: messages.locked } };
      }
      const parsed = definition.input.safeParse(input === undefined ? {} : input);
      if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
      try {
        const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
        const value = await handler(parsed.data);
        if (!notActivity.has(channel)) session.touch();
        return { ok: true, value };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toApiError() };
        // A page that no longer reads (a bad sector, a flipped bit) is damage: say so, and where the way back is.
        const database = classifyDatabaseFailure(error, 'in-use');
        if (database) {
          console.error(`[peerdesk] ${channel} failed: ${describeError(error)}`);
          const explained = await session.withNewestBackup(database);
          return { ok: false, error: (explained instanceof AppError ? explained : database).toApiError() };
        }
        // Inputs may hold passphrases and errors may carry query parameters: log the kind only.
        console.error(`[peerdesk] ${channel} failed: ${describeError(error)}`);
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'Something went wrong inside PeerDesk. Try again; if it happens again, restart PeerDesk.',
          },
        };
      }
    },
  };
}
