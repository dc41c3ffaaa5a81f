// The channels of the consent-gated participant list.
import type { HandlerGroup } from '../api/handlers';
import { AppError } from '../errors';
import type { ProgramSession } from '../services/program-session';

const notBuilt = () => Promise.reject(new AppError('VALIDATION', 'Not built yet.'));

export function participantListHandlers(session: ProgramSession) {
  void session;
  return {
    'exports.participantList.preview': notBuilt,
    'exports.participantList': notBuilt,
  } satisfies HandlerGroup;
}
