// Channel handlers, grouped by domain. Each group is a plain object; combining them refuses a
// channel that two groups both claim, and the type demands one handler for every channel.
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/api/channels';
import type { ProgramStatus } from '../../../shared/api/types';
import { AppError } from '../errors';
import { attention } from '../attention/attention';
import { backupHandlers } from '../backup/backup-handlers';
import { consentHandlers, consentKindHandlers } from '../consents/consent-handlers';
import { contactHandlers } from '../contacts/contact-handlers';
import { groupHandlers, resourceHandlers } from '../groups/group-handlers';
import { matchingHandlers } from '../matching/matching-handlers';
import { participantListHandlers } from '../reports/participant-list-handlers';
import { reportHandlers } from '../reports/report-handlers';
import { read } from '../services/people-handlers';
import { supervisionHandlers, supervisorHandlers } from '../supervision/supervision-handlers';
import { getSettings, programInfo, updateSettings, verifyAudit } from '../services/program-queries';
import { participantHandlers, peerSupporterHandlers, vocabularyHandlers } from '../services/people-handlers';
import type { ProgramSession } from '../services/program-session';

export type Handler<C extends ChannelName> = (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };
export type HandlerGroup = Partial<Handlers>;

export function combineHandlerGroups(...groups: HandlerGroup[]): Handlers {
  const combined: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [channel, handler] of Object.entries(group)) {
      if (Object.hasOwn(combined, channel)) throw new Error(`Channel ${channel} has two handlers`);
      combined[channel] = handler;
    }
  }
  return combined as Handlers;
}

function programHandlers(session: ProgramSession) {
  return {
    'program.status': () => session.status(),
    'program.setupBegin': (input) => session.setupBegin(input),
    'program.setupConfirm': (input) => session.setupConfirm(input.recoveryKey),
    'program.setupCancel': () => session.setupCancel(),
    'program.unlock': (input) => session.unlock(input.passphrase),
    'program.unlockWithRecoveryKey': (input) => session.unlockWithRecoveryKey(input.recoveryKey, input.newPassphrase),
    'program.lock': async () => {
      await session.lock('user');
      return null;
    },
    'program.info': () => programInfo(session),
    'program.changePassphrase': (input) => session.changePassphrase(input.currentPassphrase, input.newPassphrase),
  } satisfies HandlerGroup;
}

function sessionHandlers(session: ProgramSession) {
  return {
    'session.touch': async () => {
      session.touch();
      return null;
    },
    'settings.get': () => getSettings(session),
    'settings.update': (input) => updateSettings(session, input),
    'audit.verify': () => verifyAudit(session),
  } satisfies HandlerGroup;
}

/** Opening and leaving the demo program: only a window's backend can switch programs. */
export interface DemoControls {
  open(): Promise<ProgramStatus>;
  leave(): Promise<ProgramStatus>;
}

const noDemo: DemoControls = {
  open: () => Promise.reject(new AppError('VALIDATION', 'The demo program opens in the PeerDesk window.')),
  leave: () => Promise.reject(new AppError('VALIDATION', 'The demo program opens in the PeerDesk window.')),
};

function demoHandlers(demo: DemoControls) {
  return {
    'demo.open': () => demo.open(),
    'demo.leave': () => demo.leave(),
  } satisfies HandlerGroup;
}

export function buildHandlers(session: ProgramSession, demo: DemoControls = noDemo): Handlers {
  return combineHandlerGroups(
    programHandlers(session),
    demoHandlers(demo),
    sessionHandlers(session),
    participantHandlers(session),
    peerSupporterHandlers(session),
    vocabularyHandlers(session),
    consentHandlers(session),
    consentKindHandlers(session),
    supervisorHandlers(session),
    supervisionHandlers(session),
    matchingHandlers(session),
    contactHandlers(session),
    groupHandlers(session),
    resourceHandlers(session),
    reportHandlers(session),
    participantListHandlers(session),
    backupHandlers(session),
    { 'attention.list': () => read(session, (manager) => attention(manager, session.now())) },
  );
}
