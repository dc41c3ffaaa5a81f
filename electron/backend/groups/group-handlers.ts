// The channels of group sessions and the resource directory.
import type { HandlerGroup } from '../api/handlers';
import { read, write } from '../services/people-handlers';
import type { ProgramSession } from '../services/program-session';
import {
  createGroupSession,
  deleteGroupSession,
  getGroupSession,
  listGroupSessions,
  updateGroupSession,
} from './group-sessions';
import { addResource, getResource, listResources, setResourceRetired, updateResource } from './resources';

export function groupHandlers(session: ProgramSession) {
  return {
    'groups.list': (input) => read(session, (manager) => listGroupSessions(manager, input)),
    'groups.get': (input) =>
      write(session, 'group.view', async (manager) => ({
        id: input.id,
        value: await getGroupSession(manager, input.id),
      })),
    'groups.create': (input) =>
      write(session, 'group.create', async (manager, now) => {
        const id = await createGroupSession(manager, input, now);
        return { id, value: await getGroupSession(manager, id) };
      }),
    'groups.update': (input) =>
      write(session, 'group.update', async (manager, now) => {
        await updateGroupSession(manager, input.id, input.fields, now);
        return { id: input.id, value: await getGroupSession(manager, input.id) };
      }),
    'groups.delete': (input) =>
      write(session, 'group.delete', async (manager) => ({
        id: input.id,
        value: await deleteGroupSession(manager, input.id),
      })),
  } satisfies HandlerGroup;
}

export function resourceHandlers(session: ProgramSession) {
  return {
    'resources.list': (input) => read(session, (manager) => listResources(manager, input.includeRetired)),
    'resources.add': (input) =>
      write(session, 'resource.add', async (manager, now) => {
        const id = await addResource(manager, input, now);
        return { id, value: await getResource(manager, id) };
      }),
    'resources.update': (input) =>
      write(session, 'resource.update', async (manager, now) => {
        await updateResource(manager, input.id, input.fields, now);
        return { id: input.id, value: await getResource(manager, input.id) };
      }),
    'resources.setRetired': (input) =>
      write(session, input.retired ? 'resource.retire' : 'resource.unretire', async (manager, now) => {
        await setResourceRetired(manager, input.id, input.retired, now);
        return { id: input.id, value: await getResource(manager, input.id) };
      }),
  } satisfies HandlerGroup;
}
