// How well a peer supporter suits a participant, roughly as the suggestions weigh it: shared lived
// experience first (the same tag above a related one above a shared need), then a preferred
// language and the same region. A peer who lacks a language the participant requires cannot
// take them, as in the app.
import type { EntityManager } from 'typeorm';
import type { DemoVocabulary } from './vocabulary-ids';

interface Profile {
  experience: number[];
  /** The parent tags of the experience tags (a tag without a parent is its own). */
  families: Set<number>;
  languages: Set<number>;
  region: string | null;
}

interface Wants extends Profile {
  languageId: number | null;
  languageRequired: boolean;
}

export interface DemoFit {
  /** Higher suits better; null when the peer cannot take the participant. */
  score(participantId: number, peerId: number): number | null;
}

type Row = Record<string, unknown>;

function profiles<P extends Profile>(
  vocabulary: DemoVocabulary,
  people: Row[],
  terms: Row[],
  make: (row: Row) => P,
): Map<number, P> {
  const parentOf = new Map(vocabulary.terms('experience').map((term) => [term.id, term.parentId ?? term.id]));
  const byId = new Map(people.map((row) => [row.id as number, make(row)]));
  for (const term of terms) {
    const profile = byId.get(term.person as number);
    const id = term.term_id as number;
    if (!profile) continue;
    if (term.role === 'language') profile.languages.add(id);
    else {
      profile.experience.push(id);
      profile.families.add(parentOf.get(id) ?? id);
    }
  }
  return byId;
}

export async function loadFit(manager: EntityManager, vocabulary: DemoVocabulary): Promise<DemoFit> {
  const needs = new Set(
    vocabulary
      .terms('experience')
      .filter((term) => term.isNeed)
      .map((term) => term.id),
  );
  const fresh = (row: Row): Profile => ({
    experience: [],
    families: new Set(),
    languages: new Set(),
    region: (row.region as string | null) ?? null,
  });
  const participants = profiles<Wants>(
    vocabulary,
    await manager.query<Row[]>(`SELECT id, region, pref_language_id, pref_language_required FROM participant`),
    await manager.query<Row[]>(`SELECT participant_id AS person, term_id, role FROM participant_term`),
    (row) => ({
      ...fresh(row),
      languageId: (row.pref_language_id as number | null) ?? null,
      languageRequired: row.pref_language_required === 1,
    }),
  );
  const peers = profiles(
    vocabulary,
    await manager.query<Row[]>(`SELECT id, region FROM peer_supporter`),
    await manager.query<Row[]>(`SELECT peer_supporter_id AS person, term_id, role FROM peer_supporter_term`),
    fresh,
  );
  return {
    score(participantId, peerId) {
      const wants = participants.get(participantId);
      const peer = peers.get(peerId);
      if (!wants || !peer) return null;
      const speaks = wants.languageId !== null && peer.languages.has(wants.languageId);
      if (wants.languageRequired && wants.languageId !== null && !speaks) return null;
      let score = (speaks ? 1 : 0) + (wants.region !== null && wants.region === peer.region ? 1 : 0);
      for (const tag of wants.experience) {
        if (peer.experience.includes(tag)) score += needs.has(tag) ? 1 : 4;
      }
      for (const family of wants.families) if (peer.families.has(family)) score += 2;
      return score;
    },
  };
}
