// Ranking the peer supporters for one participant: pure rules, no database. Each criterion adds
// points and says why in one line, so the lines shown always add up to the score.
import { genderLabels, modalityLabels, type Modality } from '../../../shared/api/fields';
import {
  doNotMatchReasonLabels,
  type DoNotMatchReason,
  type ExcludedPeer,
  type MatchCriterion,
  type MatchSuggestion,
  type MatchSuggestions,
  type MatchWeights,
  type SuggestedPeer,
  type SuggestionReason,
} from '../../../shared/api/matching';
import type { Participant } from '../../../shared/api/participants';
import { peerStatusLabels, type PeerStatus } from '../../../shared/api/peer-supporters';

export interface ExperienceTag {
  id: number;
  label: string;
  parentId: number | null;
  isNeed: boolean;
}

/** The experience tags and the languages, by id. */
export interface MatchingTerms {
  tags: Map<number, ExperienceTag>;
  languages: Map<number, string>;
}

export type MatchingParticipant = Pick<Participant, 'id' | 'experienceTagIds' | 'region' | 'preferences'>;

export interface MatchingPeer extends SuggestedPeer {
  status: PeerStatus;
  archived: boolean;
  experienceTagIds: number[];
  languageIds: number[];
  birthYear: number | null;
  culturalBackground: string | null;
  modalities: Modality[];
  /** A "do not match" pair recorded for this peer supporter and the participant. */
  doNotMatch: DoNotMatchReason | null;
  /** When a match of theirs with this participant last ended as not a fit. */
  notAFitOn: string | null;
}

const REMOTE: Modality[] = ['phone', 'video'];
// One collator for every name comparison: String.localeCompare builds one per call, which is
// what made sorting 2,000 peers slow.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' }).compare;

const word = (label: string) => label.toLowerCase();
const modalityWord = new Map(Object.entries(modalityLabels).map(([m, label]) => [m, word(label)]));
const modalityWords = (list: Modality[]) => list.map((m) => modalityWord.get(m)).join(', ');

/** Why a peer supporter cannot take this participant at all; empty when they can. */
function exclusions(peer: MatchingPeer, participant: MatchingParticipant, terms: MatchingTerms): string[] {
  const reasons: string[] = [];
  if (peer.archived) reasons.push('archived');
  if (peer.status === 'on-leave') reasons.push('on leave');
  else if (peer.status !== 'active') reasons.push(`not active (${word(peerStatusLabels[peer.status])})`);
  if (peer.activeMatches >= peer.capacity) {
    reasons.push(`no places free (${peer.activeMatches} of ${peer.capacity} matches)`);
  }
  const { languageId, languageRequired } = participant.preferences;
  if (languageId !== null && languageRequired && !peer.languageIds.includes(languageId)) {
    reasons.push(`does not speak ${terms.languages.get(languageId) ?? 'the language'} (required)`);
  }
  if (peer.doNotMatch !== null)
    reasons.push(`recorded: do not match (${word(doNotMatchReasonLabels[peer.doNotMatch])})`);
  if (peer.notAFitOn !== null) reasons.push(`ended as not a fit with this participant (${peer.notAFitOn})`);
  return reasons;
}

/** The participant's experience, read once: conditions (most specific only), needs, sub-types. */
function experienceOf(participant: MatchingParticipant, terms: MatchingTerms) {
  const own = participant.experienceTagIds.flatMap((id) => terms.tags.get(id) ?? []);
  const subTypes = new Map<number, ExperienceTag[]>();
  for (const tag of terms.tags.values()) {
    if (tag.parentId !== null) subTypes.set(tag.parentId, [...(subTypes.get(tag.parentId) ?? []), tag]);
  }
  // A parent tag says less than a sub-type of it the participant also has: match on the sub-type.
  const refined = new Set(own.flatMap((tag) => (tag.isNeed || tag.parentId === null ? [] : [tag.parentId])));
  return {
    conditions: own.filter((tag) => !tag.isNeed && !refined.has(tag.id)),
    needs: own.filter((tag) => tag.isNeed),
    subTypes,
  };
}
type Experience = ReturnType<typeof experienceOf>;

function pathOf(tag: ExperienceTag, terms: MatchingTerms): string {
  const parent = tag.parentId === null ? undefined : terms.tags.get(tag.parentId);
  return parent ? `${parent.label}, ${tag.label}` : tag.label;
}

/** What the peer shares of the participant's conditions: the exact tag, else the same family. */
function sharedExperience(
  experience: Experience,
  peerTags: Set<number>,
  terms: MatchingTerms,
): { level: 'exact' | 'family'; text: string } | null {
  const exact = experience.conditions.filter((tag) => peerTags.has(tag.id));
  if (exact.length > 0) {
    return { level: 'exact', text: `shares: ${exact.map((tag) => pathOf(tag, terms)).join('; ')}` };
  }
  const related = experience.conditions.flatMap((tag): string[] => {
    if (tag.parentId === null) {
      const theirs = (experience.subTypes.get(tag.id) ?? []).filter((sub) => peerTags.has(sub.id));
      return theirs.length > 0 ? [`${tag.label} (${theirs.map((sub) => sub.label).join(', ')})`] : [];
    }
    const parent = terms.tags.get(tag.parentId);
    if (!parent) return [];
    const siblings = (experience.subTypes.get(parent.id) ?? []).filter(
      (sub) => sub.id !== tag.id && peerTags.has(sub.id),
    );
    if (siblings.length > 0)
      return [`${parent.label}, ${siblings.map((sub) => sub.label).join(', ')} (not ${tag.label})`];
    return peerTags.has(parent.id) ? [`${parent.label} (not ${tag.label})`] : [];
  });
  return related.length > 0 ? { level: 'family', text: `related experience: ${related.join('; ')}` } : null;
}

/** Lower-case words of a free-text value, for comparing cultural backgrounds. */
function wordsOf(text: string | null): string[] {
  return (text ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function containsWords(haystack: string[], needle: string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((w, i) => haystack[start + i] === w)) return true;
  }
  return false;
}

const sameCulture = (a: string[], b: string[]) =>
  a.length > 0 && b.length > 0 && (containsWords(a, b) || containsWords(b, a));

const regionKey = (region: string | null) => region?.trim().toLowerCase() || null;

/** The context every peer is scored against: the participant's side, read once. */
function scorer(
  participant: MatchingParticipant,
  experience: Experience,
  terms: MatchingTerms,
  weights: MatchWeights,
  today: string,
) {
  const prefs = participant.preferences;
  const cultureWords = wordsOf(prefs.culturalBackground);
  const region = regionKey(participant.region);
  const year = Number(today.slice(0, 4));
  const language = prefs.languageId === null ? null : (terms.languages.get(prefs.languageId) ?? 'the language');

  return (peer: MatchingPeer, shared: ReturnType<typeof sharedExperience>, fallback: boolean): SuggestionReason[] => {
    const reasons: SuggestionReason[] = [];
    const line = (criterion: MatchCriterion, weight: number, text: string, points: number) => {
      // A weight of 0 turns the criterion off: no points and nothing to explain.
      if (weight > 0) reasons.push({ criterion, text, points });
    };

    if (shared?.level === 'exact')
      line('experienceExact', weights.experienceExact, shared.text, weights.experienceExact);
    if (shared?.level === 'family') {
      line('experienceFamily', weights.experienceFamily, shared.text, weights.experienceFamily);
    }

    // When no one shares the condition, shared needs count as much as shared experience would.
    const needWeight = fallback ? weights.experienceExact : weights.sharedNeed;
    const needs = experience.needs.filter((tag) => peer.experienceTagIds.includes(tag.id));
    if (needs.length > 0) {
      const points = Math.round((needWeight * needs.length) / experience.needs.length);
      line('sharedNeed', needWeight, `shares needs: ${needs.map((tag) => tag.label).join(', ')}`, points);
    }

    if (language !== null && prefs.languageId !== null) {
      const speaks = peer.languageIds.includes(prefs.languageId);
      const text = prefs.languageRequired
        ? `speaks ${language} (required)`
        : speaks
          ? `speaks ${language}, as preferred`
          : `does not speak ${language} (preferred)`;
      line('language', weights.language, text, speaks ? weights.language : 0);
    }

    if (prefs.gender !== null) {
      const wanted = word(genderLabels[prefs.gender]);
      if (peer.gender === prefs.gender) line('gender', weights.gender, `${wanted}, as preferred`, weights.gender);
      else {
        const theirs = peer.gender === null ? 'gender not recorded' : word(genderLabels[peer.gender]);
        line('gender', weights.gender, `${theirs} (${wanted} preferred)`, 0);
      }
    }

    if (prefs.ageMin !== null || prefs.ageMax !== null) {
      const range =
        prefs.ageMin !== null && prefs.ageMax !== null
          ? `${prefs.ageMin}–${prefs.ageMax}`
          : prefs.ageMin !== null
            ? `${prefs.ageMin} or older`
            : `${prefs.ageMax} or younger`;
      if (peer.birthYear === null) line('age', weights.age, 'age not recorded', 0);
      else {
        const age = year - peer.birthYear;
        const within = age >= (prefs.ageMin ?? 0) && age <= (prefs.ageMax ?? Infinity);
        const both = prefs.ageMin !== null && prefs.ageMax !== null;
        if (within) line('age', weights.age, `aged ${age}, ${both ? 'within ' : ''}${range} as preferred`, weights.age);
        else line('age', weights.age, `aged ${age} (${range} preferred)`, 0);
      }
    }

    if (cultureWords.length > 0) {
      const wanted = prefs.culturalBackground?.trim() ?? '';
      const theirs = peer.culturalBackground?.trim() || null;
      if (sameCulture(cultureWords, wordsOf(theirs))) {
        line('culture', weights.culture, `cultural background: ${theirs}, as preferred`, weights.culture);
      } else {
        const text = theirs === null ? 'cultural background not recorded' : `cultural background: ${theirs}`;
        line('culture', weights.culture, `${text} (${wanted} preferred)`, 0);
      }
    }

    if (prefs.modalities.length > 0) {
      const common = prefs.modalities.filter((m) => peer.modalities.includes(m));
      if (common.length > 0) line('modality', weights.modality, `offers ${modalityWords(common)}`, weights.modality);
      else line('modality', weights.modality, `offers none of: ${modalityWords(prefs.modalities)}`, 0);
    }

    const peerRegion = regionKey(peer.region);
    if (region !== null && region === peerRegion) line('region', weights.region, 'same region', weights.region);
    else {
      const where =
        region !== null && peerRegion !== null ? `different region (${peer.region?.trim()})` : 'region not recorded';
      const remote = REMOTE.filter(
        (m) => peer.modalities.includes(m) && (prefs.modalities.length === 0 || prefs.modalities.includes(m)),
      );
      if (remote.length > 0) {
        line('region', weights.region, `${where}, offers ${modalityWords(remote)}`, Math.round(weights.region / 2));
      } else line('region', weights.region, where, 0);
    }

    const free = peer.capacity - peer.activeMatches;
    line(
      'capacity',
      weights.capacity,
      `${free} of ${peer.capacity} places free`,
      Math.round((weights.capacity * free) / peer.capacity),
    );
    return reasons;
  };
}

function suggestedPeer(peer: MatchingPeer): SuggestedPeer {
  return {
    id: peer.id,
    name: peer.name,
    region: peer.region,
    gender: peer.gender,
    activeMatches: peer.activeMatches,
    capacity: peer.capacity,
  };
}

/** Every peer supporter who can take the participant, best first; the others with the reasons why not. */
export function rankPeers(
  participant: MatchingParticipant,
  peers: MatchingPeer[],
  terms: MatchingTerms,
  weights: MatchWeights,
  today: string,
): MatchSuggestions {
  const excluded: ExcludedPeer[] = [];
  const eligible: MatchingPeer[] = [];
  for (const peer of peers) {
    const reasons = exclusions(peer, participant, terms);
    if (reasons.length > 0) excluded.push({ peer: suggestedPeer(peer), reasons });
    else eligible.push(peer);
  }

  const experience = experienceOf(participant, terms);
  const shared = eligible.map((peer) => sharedExperience(experience, new Set(peer.experienceTagIds), terms));
  const fallback = experience.conditions.length > 0 && shared.every((match) => match === null);
  const score = scorer(participant, experience, terms, weights, today);

  const scored = eligible.map((peer, i) => {
    const reasons = score(peer, shared[i] ?? null, fallback);
    return { peer, reasons, score: reasons.reduce((sum, reason) => sum + reason.points, 0) };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.peer.capacity - b.peer.activeMatches - (a.peer.capacity - a.peer.activeMatches) ||
      byName(a.peer.name, b.peer.name) ||
      a.peer.id - b.peer.id,
  );
  const ranked = scored.map((entry, i): MatchSuggestion => ({
    rank: i + 1,
    peer: suggestedPeer(entry.peer),
    score: entry.score,
    reasons: entry.reasons,
  }));
  excluded.sort((a, b) => byName(a.peer.name, b.peer.name) || a.peer.id - b.peer.id);

  let fallbackText: string | null = null;
  if (fallback) {
    const conditions = experience.conditions.map((tag) => tag.label).join(' or ');
    fallbackText =
      experience.needs.length > 0
        ? `No available peer supporter shares ${conditions}: ranked by shared needs and issues instead.`
        : `No available peer supporter shares ${conditions}: ranked by the other criteria.`;
  }
  return { participantId: participant.id, ranked, excluded, fallback: fallbackText };
}
