// The channels of supervision. Opening a note is audited like any change; notes are read only
// here, for one peer supporter's page, and by no report or export.
import type { HandlerGroup } from '../api/handlers';
import { read, write } from '../services/people-handlers';
import type { ProgramSession } from '../services/program-session';
import { completeAction, createNote, getNote, peerSupervision, updateNote } from './supervision-notes';
import { addSupervisor, getSupervisor, listSupervisors, setSupervisorRetired, updateSupervisor } from './supervisors';

export function supervisorHandlers(session: ProgramSession) {
  return {
    'supervisors.list': () => read(session, (manager) => listSupervisors(manager)),
    'supervisors.add': (input) =>
      write(session, 'supervisor.add', async (manager) => {
        const id = await addSupervisor(manager, input);
        return { id, value: await getSupervisor(manager, id) };
      }),
    'supervisors.update': (input) =>
      write(session, 'supervisor.update', async (manager) => {
        await updateSupervisor(manager, input.id, input.fields);
        return { id: input.id, value: await getSupervisor(manager, input.id) };
      }),
    'supervisors.setRetired': (input) =>
      write(session, input.retired ? 'supervisor.retire' : 'supervisor.unretire', async (manager, now) => {
        await setSupervisorRetired(manager, input.id, input.retired, now);
        return { id: input.id, value: await getSupervisor(manager, input.id) };
      }),
  } satisfies HandlerGroup;
}

export function supervisionHandlers(session: ProgramSession) {
  return {
    'supervision.forPeer': (input) =>
      read(session, (manager) => peerSupervision(manager, input.peerSupporterId, session.now())),
    'supervision.get': (input) =>
      write(session, 'supervision.view', async (manager) => ({
        id: input.id,
        value: await getNote(manager, input.id),
      })),
    'supervision.create': (input) =>
      write(session, 'supervision.create', async (manager, now) => {
        const id = await createNote(manager, input, now);
        return { id, value: await getNote(manager, id) };
      }),
    'supervision.update': (input) =>
      write(session, 'supervision.update', async (manager, now) => {
        await updateNote(manager, input.id, input.fields, now);
        return { id: input.id, value: await getNote(manager, input.id) };
      }),
    'supervision.completeAction': (input) =>
      write(
        session,
        input.completedOn === null ? 'supervision.action.reopen' : 'supervision.action.complete',
        async (manager) => {
          const noteId = await completeAction(manager, input);
          return { id: input.id, value: await getNote(manager, noteId) };
        },
      ),
  } satisfies HandlerGroup;
}
