// The channels of matching: suggestions, the match lifecycle and its follow-ups, "do not match".
// Opening a match is audited like any change; the suggestions and lists are plain reads.
import type { EntityManager } from 'typeorm';
import type { HandlerGroup } from '../api/handlers';
import { read, write } from '../services/people-handlers';
import type { ProgramSession } from '../services/program-session';
import { addPair, getPair, listPairs, removePair } from './do-not-match';
import { getMatch, listMatches } from './match-view';
import { completeFollowUp, createMatch, endMatch, startMatch } from './matches';
import { suggestPeers } from './suggestions';

export function matchingHandlers(session: ProgramSession) {
  const match = async (manager: EntityManager, id: number, now: Date) => ({
    id,
    value: await getMatch(manager, id, now),
  });
  return {
    'matches.suggest': (input) => read(session, (manager) => suggestPeers(manager, input.participantId, session.now())),
    'matches.list': (input) => read(session, (manager) => listMatches(manager, input)),
    'matches.get': (input) => write(session, 'match.view', (manager, now) => match(manager, input.id, now)),
    'matches.create': (input) =>
      write(session, 'match.create', async (manager, now) =>
        match(manager, await createMatch(manager, input, now), now),
      ),
    'matches.start': (input) =>
      write(session, 'match.start', async (manager, now) => {
        await startMatch(manager, input, now);
        return match(manager, input.id, now);
      }),
    'matches.end': (input) =>
      write(session, 'match.end', async (manager, now) => {
        await endMatch(manager, input, now);
        return match(manager, input.id, now);
      }),
    'matches.completeFollowUp': (input) =>
      write(session, 'match.follow-up', async (manager, now) =>
        match(manager, await completeFollowUp(manager, input, now), now),
      ),
    'doNotMatch.list': (input) => read(session, (manager) => listPairs(manager, input)),
    'doNotMatch.add': (input) =>
      write(session, 'do-not-match.add', async (manager, now) => {
        const id = await addPair(manager, input, now);
        return { id, value: await getPair(manager, id) };
      }),
    'doNotMatch.remove': (input) =>
      write(session, 'do-not-match.remove', async (manager) => ({
        id: input.id,
        value: await removePair(manager, input.id),
      })),
  } satisfies HandlerGroup;
}
