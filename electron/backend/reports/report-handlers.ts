// The channels of funder reports and saved funder profiles.
import type { HandlerGroup } from '../api/handlers';
import { AppError } from '../errors';
import type { ProgramSession } from '../services/program-session';

const notBuilt = () => Promise.reject(new AppError('VALIDATION', 'Not built yet.'));

export function reportHandlers(session: ProgramSession) {
  void session;
  return {
    'reports.build': notBuilt,
    'reports.export': notBuilt,
    'reports.profiles.list': notBuilt,
    'reports.profiles.add': notBuilt,
    'reports.profiles.update': notBuilt,
    'reports.profiles.delete': notBuilt,
  } satisfies HandlerGroup;
}
