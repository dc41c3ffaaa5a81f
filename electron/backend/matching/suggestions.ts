// The suggestions for one participant: every peer supporter not archived, read in a handful of
// set-based queries (never one per peer), ranked by the pure rules with the program's weights.
import type { EntityManager } from 'typeorm';
import type { Gender, Modality } from '../../../shared/api/fields';
import { todayIso } from '../../../shared/api/fields';
import type { DoNotMatchReason, MatchSuggestions } from '../../../shared/api/matching';
import type { Participant } from '../../../shared/api/participants';
import type { PeerStatus } from '../../../shared/api/peer-supporters';
import { AppError } from '../errors';
import { getParticipant } from '../people/participants';
import { displayName, displayNameOfRow } from '../people/person-columns';
import { getProgram, toSettings } from '../services/program-store';
import { rankPeers, type ExperienceTag, type MatchingPeer, type MatchingTerms } from './match-rules';

type Row = Record<string, unknown>;

async function matchingTerms(manager: EntityManager): Promise<MatchingTerms> {
  const rows = await manager.query<Row[]>(
    `SELECT id, kind, label, parent_id, is_need FROM vocabulary_term WHERE kind IN ('experience', 'language')`,
  );
  const tags = new Map<number, ExperienceTag>();
  const languages = new Map<number, string>();
  for (const row of rows) {
    const id = row.id as number;
    if (row.kind === 'language') languages.set(id, row.label as string);
    else {
      tags.set(id, {
        id,
        label: row.label as string,
        parentId: (row.parent_id as number | null) ?? null,
        isNeed: row.is_need === 1,
      });
    }
  }
  return { tags, languages };
}

/** Every peer supporter not archived, with what matching needs to know of them and this participant. */
async function matchingPeers(manager: EntityManager, participantId: number): Promise<MatchingPeer[]> {
  const rows = await manager.query<Row[]>(
    `SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.status, p.region, p.gender, p.birth_year,
       p.cultural_background, p.modalities, p.capacity,
       (SELECT group_concat(l.term_id) FROM peer_supporter_term l
        WHERE l.peer_supporter_id = p.id AND l.role = 'language') AS languages,
       (SELECT group_concat(l.term_id) FROM peer_supporter_term l
        WHERE l.peer_supporter_id = p.id AND l.role = 'experience') AS tags
     FROM peer_supporter p WHERE p.archived_at IS NULL`,
  );
  const active = new Map(
    (
      await manager.query<{ peer: number; n: number }[]>(
        `SELECT peer_supporter_id AS peer, count(*) AS n FROM peer_match WHERE status = 'active' GROUP BY peer_supporter_id`,
      )
    ).map((row) => [row.peer, row.n]),
  );
  const doNotMatch = new Map(
    (
      await manager.query<{ peer: number; reason: DoNotMatchReason }[]>(
        `SELECT peer_supporter_id AS peer, reason FROM do_not_match WHERE participant_id = ?`,
        [participantId],
      )
    ).map((row) => [row.peer, row.reason]),
  );
  const notAFit = new Map(
    (
      await manager.query<{ peer: number; on: string }[]>(
        `SELECT peer_supporter_id AS peer, max(ended_on) AS "on" FROM peer_match
         WHERE participant_id = ? AND status = 'ended' AND end_reason = 'not-a-fit' GROUP BY peer_supporter_id`,
        [participantId],
      )
    ).map((row) => [row.peer, row.on]),
  );
  const ids = (list: unknown) => (typeof list === 'string' ? list.split(',').map(Number) : []);
  return rows.map((row) => {
    const id = row.id as number;
    return {
      id,
      name: displayNameOfRow(row),
      region: (row.region as string | null) ?? null,
      gender: (row.gender as Gender | null) ?? null,
      activeMatches: active.get(id) ?? 0,
      capacity: row.capacity as number,
      status: row.status as PeerStatus,
      archived: false,
      experienceTagIds: ids(row.tags),
      languageIds: ids(row.languages),
      birthYear: (row.birth_year as number | null) ?? null,
      culturalBackground: (row.cultural_background as string | null) ?? null,
      modalities: JSON.parse(row.modalities as string) as Modality[],
      doNotMatch: doNotMatch.get(id) ?? null,
      notAFitOn: notAFit.get(id) ?? null,
    };
  });
}

/** A participant who can be matched: neither closed nor archived. */
function assertMatchable(participant: Participant): void {
  const name = displayName(participant);
  if (participant.archivedAt !== null) {
    throw new AppError('VALIDATION', `${name} is archived: restore them before matching.`, {
      fieldErrors: { participantId: ['Archived.'] },
    });
  }
  if (participant.status === 'closed') {
    throw new AppError('VALIDATION', `${name} is closed: reopen them before matching.`, {
      fieldErrors: { participantId: ['Closed.'] },
    });
  }
}

export async function suggestPeers(
  manager: EntityManager,
  participantId: number,
  now: Date,
): Promise<MatchSuggestions> {
  const participant = await getParticipant(manager, participantId);
  assertMatchable(participant);
  const { matchWeights } = toSettings(await getProgram(manager));
  return rankPeers(
    participant,
    await matchingPeers(manager, participantId),
    await matchingTerms(manager),
    matchWeights,
    todayIso(now),
  );
}
