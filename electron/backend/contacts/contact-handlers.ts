// The channels of contacts: the log on a match or a participant, and concerns raised. Opening a
// contact is audited like any change (it may hold private notes).
import type { HandlerGroup } from '../api/handlers';
import { read, write } from '../services/people-handlers';
import type { ProgramSession } from '../services/program-session';
import {
  contactTimeline,
  createContact,
  deleteContact,
  getContact,
  peerConcerns,
  resolveConcern,
  updateContact,
} from './contacts';

export function contactHandlers(session: ProgramSession) {
  return {
    'contacts.list': (input) => read(session, (manager) => contactTimeline(manager, input)),
    'contacts.get': (input) =>
      write(session, 'contact.view', async (manager) => ({ id: input.id, value: await getContact(manager, input.id) })),
    'contacts.create': (input) =>
      write(session, 'contact.create', async (manager, now) => {
        const id = await createContact(manager, input, now);
        return { id, value: await getContact(manager, id) };
      }),
    'contacts.update': (input) =>
      write(session, 'contact.update', async (manager, now) => {
        await updateContact(manager, input.id, input.fields, now);
        return { id: input.id, value: await getContact(manager, input.id) };
      }),
    'contacts.delete': (input) =>
      write(session, 'contact.delete', async (manager) => ({
        id: input.id,
        value: await deleteContact(manager, input.id),
      })),
    'contacts.resolveConcern': (input) =>
      write(session, 'contact.concern.resolve', async (manager) => {
        await resolveConcern(manager, input);
        return { id: input.id, value: await getContact(manager, input.id) };
      }),
    'contacts.peerConcerns': (input) => read(session, (manager) => peerConcerns(manager, input.peerSupporterId)),
  } satisfies HandlerGroup;
}
