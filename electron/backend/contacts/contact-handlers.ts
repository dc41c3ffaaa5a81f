// The channels of contacts: the log on a match or a participant, and concerns raised.
import type { HandlerGroup } from '../api/handlers';
import { AppError } from '../errors';
import type { ProgramSession } from '../services/program-session';

const todo = (): Promise<never> => Promise.reject(new AppError('VALIDATION', 'Not built yet.'));

export function contactHandlers(_session: ProgramSession) {
  return {
    'contacts.list': todo,
    'contacts.get': todo,
    'contacts.create': todo,
    'contacts.update': todo,
    'contacts.delete': todo,
    'contacts.resolveConcern': todo,
    'contacts.peerConcerns': todo,
  } satisfies HandlerGroup;
}
