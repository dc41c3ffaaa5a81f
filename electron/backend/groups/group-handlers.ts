// The channels of group sessions and the resource directory.
import type { HandlerGroup } from '../api/handlers';
import { AppError } from '../errors';
import type { ProgramSession } from '../services/program-session';

const todo = (): Promise<never> => Promise.reject(new AppError('VALIDATION', 'Not built yet.'));

export function groupHandlers(_session: ProgramSession) {
  return {
    'groups.list': todo,
    'groups.get': todo,
    'groups.create': todo,
    'groups.update': todo,
    'groups.delete': todo,
  } satisfies HandlerGroup;
}

export function resourceHandlers(_session: ProgramSession) {
  return {
    'resources.list': todo,
    'resources.add': todo,
    'resources.update': todo,
    'resources.setRetired': todo,
  } satisfies HandlerGroup;
}
