// The channels of matching: suggestions, the match lifecycle and its follow-ups, "do not match".
import type { HandlerGroup } from '../api/handlers';
import { AppError } from '../errors';
import type { ProgramSession } from '../services/program-session';

const todo = (): Promise<never> => Promise.reject(new AppError('VALIDATION', 'Not built yet.'));

export function matchingHandlers(_session: ProgramSession) {
  return {
    'matches.suggest': todo,
    'matches.list': todo,
    'matches.get': todo,
    'matches.create': todo,
    'matches.start': todo,
    'matches.end': todo,
    'matches.completeFollowUp': todo,
    'doNotMatch.list': todo,
    'doNotMatch.add': todo,
    'doNotMatch.remove': todo,
  } satisfies HandlerGroup;
}
