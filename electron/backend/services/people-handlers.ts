// The channels for participants, peer supporters and the vocabulary lists. Writes run one at a time in a
// transaction with their audit entry; reads run directly. Audit entries carry ids, never names.
import type { EntityManager } from 'typeorm';
import type { AuditAction } from '../audit/audit-log';
import { appendAudit } from '../audit/audit-log';
import type { HandlerGroup } from '../api/handlers';
import {
  changeParticipantStatus,
  createParticipant,
  getParticipant,
  listParticipants,
  setParticipantArchived,
  updateParticipant,
} from '../people/participants';
import {
  addCertification,
  addTrainingRecord,
  changePeerStatus,
  createPeerSupporter,
  getPeerSupporter,
  listPeerSupporters,
  removePeerRecord,
  setPeerArchived,
  updatePeerSupporter,
} from '../people/peer-supporters';
import { addTerm, deleteTerm, listTerms, renameTerm, setTermNeed, setTermRetired } from '../people/vocabulary';
import type { ProgramSession } from './program-session';

/** Runs one change and its audit entry in one transaction, after any change before it. */
export function write<T>(
  session: ProgramSession,
  action: AuditAction,
  change: (manager: EntityManager, now: Date) => Promise<{ id: number; value: T }>,
): Promise<T> {
  return session.exclusive(async () => {
    const { dataSource } = session.requireOpen();
    return dataSource.transaction(async (manager) => {
      const now = session.now();
      const { id, value } = await change(manager, now);
      await appendAudit(manager, action, { host: session.options.host, id }, now);
      return value;
    });
  });
}

export function read<T>(session: ProgramSession, query: (manager: EntityManager) => Promise<T>): Promise<T> {
  return query(session.requireOpen().dataSource.manager);
}

export function participantHandlers(session: ProgramSession) {
  return {
    'participants.list': (input) => read(session, (manager) => listParticipants(manager, input)),
    // Opening a participant's record is recorded as a view.
    'participants.get': (input) =>
      write(session, 'participant.view', async (manager) => ({
        id: input.id,
        value: await getParticipant(manager, input.id),
      })),
    'participants.create': (input) =>
      write(session, 'participant.create', async (manager, now) => {
        const id = await createParticipant(manager, input, now);
        return { id, value: await getParticipant(manager, id) };
      }),
    'participants.update': (input) =>
      write(session, 'participant.update', async (manager, now) => {
        await updateParticipant(manager, input.id, input.fields, now);
        return { id: input.id, value: await getParticipant(manager, input.id) };
      }),
    'participants.changeStatus': (input) =>
      write(session, 'participant.status', async (manager, now) => {
        await changeParticipantStatus(manager, input, now);
        return { id: input.id, value: await getParticipant(manager, input.id) };
      }),
    'participants.archive': (input) =>
      write(session, 'participant.archive', async (manager, now) => {
        await setParticipantArchived(manager, input.id, true, now);
        return { id: input.id, value: await getParticipant(manager, input.id) };
      }),
    'participants.restore': (input) =>
      write(session, 'participant.restore', async (manager, now) => {
        await setParticipantArchived(manager, input.id, false, now);
        return { id: input.id, value: await getParticipant(manager, input.id) };
      }),
  } satisfies HandlerGroup;
}

export function vocabularyHandlers(session: ProgramSession) {
  return {
    'vocabulary.list': (input) => read(session, (manager) => listTerms(manager, input.kind)),
    'vocabulary.add': (input) =>
      write(session, 'vocabulary.add', async (manager) => {
        const term = await addTerm(manager, input);
        return { id: term.id, value: term };
      }),
    'vocabulary.rename': (input) =>
      write(session, 'vocabulary.rename', async (manager) => ({
        id: input.id,
        value: await renameTerm(manager, input.id, input.label),
      })),
    'vocabulary.setRetired': (input) =>
      write(session, input.retired ? 'vocabulary.retire' : 'vocabulary.unretire', async (manager, now) => ({
        id: input.id,
        value: await setTermRetired(manager, input.id, input.retired, now),
      })),
    'vocabulary.delete': (input) =>
      write(session, 'vocabulary.delete', async (manager) => ({
        id: input.id,
        value: await deleteTerm(manager, input.id),
      })),
    'vocabulary.setNeed': (input) =>
      write(session, 'vocabulary.need', async (manager) => ({
        id: input.id,
        value: await setTermNeed(manager, input.id, input.isNeed),
      })),
  } satisfies HandlerGroup;
}

export function peerSupporterHandlers(session: ProgramSession) {
  const record = (manager: EntityManager, id: number, now: Date) => getPeerSupporter(manager, id, now);
  return {
    'peerSupporters.list': (input) => read(session, (manager) => listPeerSupporters(manager, input, session.now())),
    'peerSupporters.get': (input) =>
      write(session, 'peer-supporter.view', async (manager, now) => ({
        id: input.id,
        value: await record(manager, input.id, now),
      })),
    'peerSupporters.create': (input) =>
      write(session, 'peer-supporter.create', async (manager, now) => {
        const id = await createPeerSupporter(manager, input, now);
        return { id, value: await record(manager, id, now) };
      }),
    'peerSupporters.update': (input) =>
      write(session, 'peer-supporter.update', async (manager, now) => {
        await updatePeerSupporter(manager, input.id, input.fields, now);
        return { id: input.id, value: await record(manager, input.id, now) };
      }),
    'peerSupporters.changeStatus': (input) =>
      write(session, 'peer-supporter.status', async (manager, now) => {
        await changePeerStatus(manager, input, now);
        return { id: input.id, value: await record(manager, input.id, now) };
      }),
    'peerSupporters.archive': (input) =>
      write(session, 'peer-supporter.archive', async (manager, now) => {
        await setPeerArchived(manager, input.id, true, now);
        return { id: input.id, value: await record(manager, input.id, now) };
      }),
    'peerSupporters.restore': (input) =>
      write(session, 'peer-supporter.restore', async (manager, now) => {
        await setPeerArchived(manager, input.id, false, now);
        return { id: input.id, value: await record(manager, input.id, now) };
      }),
    'peerSupporters.addTraining': (input) =>
      write(session, 'peer-supporter.update', async (manager, now) => {
        await addTrainingRecord(manager, input);
        return { id: input.peerSupporterId, value: await record(manager, input.peerSupporterId, now) };
      }),
    'peerSupporters.removeTraining': (input) =>
      write(session, 'peer-supporter.update', async (manager, now) => {
        const id = await removePeerRecord(manager, 'training_record', input.id);
        return { id, value: await record(manager, id, now) };
      }),
    'peerSupporters.addCertification': (input) =>
      write(session, 'peer-supporter.update', async (manager, now) => {
        await addCertification(manager, input);
        return { id: input.peerSupporterId, value: await record(manager, input.peerSupporterId, now) };
      }),
    'peerSupporters.removeCertification': (input) =>
      write(session, 'peer-supporter.update', async (manager, now) => {
        const id = await removePeerRecord(manager, 'certification', input.id);
        return { id, value: await record(manager, id, now) };
      }),
  } satisfies HandlerGroup;
}
