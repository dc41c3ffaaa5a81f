// The ranking rules on their own: each criterion moves a peer supporter the way it should, each
// exclusion excludes, the rare-condition fallback triggers and says so, and the reasons shown
// add up to the score.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from '../../shared/api/matching';
import {
  rankPeers,
  type ExperienceTag,
  type MatchingParticipant,
  type MatchingPeer,
} from '../../electron/backend/matching/match-rules';

const TODAY = '2026-03-02';

const tagList: ExperienceTag[] = [
  { id: 1, label: 'Breast cancer', parentId: null, isNeed: false },
  { id: 2, label: 'Mastectomy with reconstruction', parentId: 1, isNeed: false },
  { id: 3, label: 'Lumpectomy', parentId: 1, isNeed: false },
  { id: 4, label: 'Diabetes', parentId: null, isNeed: false },
  { id: 5, label: 'Type 1', parentId: 4, isNeed: false },
  { id: 10, label: 'Feeding tube', parentId: null, isNeed: true },
  { id: 11, label: 'Cognitive delay', parentId: null, isNeed: true },
  { id: 20, label: 'Chromosomal abnormality', parentId: null, isNeed: false },
];
const terms = {
  tags: new Map(tagList.map((tag) => [tag.id, tag])),
  languages: new Map([
    [100, 'English'],
    [101, 'Spanish'],
  ]),
};
const SPANISH = 101;

let nextId = 1;
function peer(name: string, fields: Partial<MatchingPeer> = {}): MatchingPeer {
  return {
    id: nextId++,
    name,
    region: null,
    gender: null,
    activeMatches: 0,
    capacity: 3,
    status: 'active',
    archived: false,
    experienceTagIds: [],
    languageIds: [100],
    birthYear: null,
    culturalBackground: null,
    modalities: [],
    doNotMatch: null,
    notAFitOn: null,
    ...fields,
  };
}

function participant(
  fields: { experienceTagIds?: number[]; region?: string | null } = {},
  preferences: Partial<MatchingParticipant['preferences']> = {},
): MatchingParticipant {
  return {
    id: 1,
    experienceTagIds: fields.experienceTagIds ?? [],
    region: fields.region ?? null,
    preferences: {
      gender: null,
      ageMin: null,
      ageMax: null,
      languageId: null,
      languageRequired: false,
      culturalBackground: null,
      modalities: [],
      ...preferences,
    },
  };
}

function rank(who: MatchingParticipant, peers: MatchingPeer[], weights: MatchWeights = DEFAULT_MATCH_WEIGHTS) {
  return rankPeers(who, peers, terms, weights, TODAY);
}
const names = (result: ReturnType<typeof rank>) => result.ranked.map((entry) => entry.peer.name);
const linesOf = (result: ReturnType<typeof rank>, name: string) =>
  result.ranked.find((entry) => entry.peer.name === name)?.reasons.map((reason) => reason.text);

describe('exclusions', () => {
  it('excludes each peer who cannot take the participant, with the reason, and ranks none of them', () => {
    const result = rank(participant({}, { languageId: SPANISH, languageRequired: true }), [
      peer('Able', { languageIds: [SPANISH] }),
      peer('Leave', { status: 'on-leave', languageIds: [SPANISH] }),
      peer('Inactive', { status: 'inactive', languageIds: [SPANISH] }),
      peer('Trainee', { status: 'in-training', languageIds: [SPANISH] }),
      peer('Archived', { archived: true, languageIds: [SPANISH] }),
      peer('Full', { activeMatches: 3, capacity: 3, languageIds: [SPANISH] }),
      peer('English only'),
      peer('Household', { doNotMatch: 'same-household', languageIds: [SPANISH] }),
      peer('Tried', { notAFitOn: '2026-01-10', languageIds: [SPANISH] }),
    ]);
    expect(names(result)).toEqual(['Able']);
    expect(Object.fromEntries(result.excluded.map((entry) => [entry.peer.name, entry.reasons]))).toEqual({
      Leave: ['on leave'],
      Inactive: ['not active (inactive)'],
      Trainee: ['not active (in training)'],
      Archived: ['archived'],
      Full: ['no places free (3 of 3 matches)'],
      'English only': ['does not speak Spanish (required)'],
      Household: ['recorded: do not match (same household)'],
      Tried: ['ended as not a fit with this participant (2026-01-10)'],
    });
  });

  it('gives every reason that applies, and a language only preferred excludes no one', () => {
    const result = rank(participant({}, { languageId: SPANISH }), [
      peer('Busy', { status: 'on-leave', activeMatches: 2, capacity: 2 }),
      peer('English only'),
    ]);
    expect(result.excluded[0]?.reasons).toEqual(['on leave', 'no places free (2 of 2 matches)']);
    expect(names(result)).toEqual(['English only']);
  });
});

describe('each criterion moves the rank the way it should', () => {
  // The better peer's name sorts last, so only the criterion can put them first.
  it('shared lived experience: the exact sub-type, then the same family, then nothing', () => {
    const result = rank(participant({ experienceTagIds: [3] }), [
      peer('Amy'),
      peer('Bea', { experienceTagIds: [1] }),
      peer('Cat', { experienceTagIds: [2] }),
      peer('Zoe', { experienceTagIds: [1, 3] }),
    ]);
    expect(names(result)).toEqual(['Zoe', 'Bea', 'Cat', 'Amy']);
    expect(linesOf(result, 'Zoe')?.[0]).toBe('shares: Breast cancer, Lumpectomy');
    expect(linesOf(result, 'Bea')?.[0]).toBe('related experience: Breast cancer (not Lumpectomy)');
    expect(linesOf(result, 'Cat')?.[0]).toBe(
      'related experience: Breast cancer, Mastectomy with reconstruction (not Lumpectomy)',
    );
    expect(result.ranked[0]?.reasons[0]).toMatchObject({ criterion: 'experienceExact', points: 40 });
    expect(result.ranked[1]?.reasons[0]).toMatchObject({ criterion: 'experienceFamily', points: 25 });
    expect(result.fallback).toBeNull();
  });

  it('a participant tagged with the parent and a sub-type is matched on the sub-type', () => {
    const result = rank(participant({ experienceTagIds: [1, 3] }), [
      peer('Amy', { experienceTagIds: [1] }),
      peer('Zoe', { experienceTagIds: [3] }),
    ]);
    expect(names(result)).toEqual(['Zoe', 'Amy']);
    expect(linesOf(result, 'Amy')?.[0]).toBe('related experience: Breast cancer (not Lumpectomy)');
  });

  it('a participant tagged only with the parent: the parent is exact, a sub-type is related', () => {
    const result = rank(participant({ experienceTagIds: [1] }), [
      peer('Amy', { experienceTagIds: [2] }),
      peer('Zoe', { experienceTagIds: [1] }),
    ]);
    expect(names(result)).toEqual(['Zoe', 'Amy']);
    expect(linesOf(result, 'Zoe')?.[0]).toBe('shares: Breast cancer');
    expect(linesOf(result, 'Amy')?.[0]).toBe('related experience: Breast cancer (Mastectomy with reconstruction)');
  });

  it('shared needs, in proportion to the participant’s needs', () => {
    const result = rank(participant({ experienceTagIds: [4, 10, 11] }), [
      peer('Amy', { experienceTagIds: [4] }),
      peer('Bea', { experienceTagIds: [4, 10] }),
      peer('Zoe', { experienceTagIds: [4, 10, 11] }),
    ]);
    expect(names(result)).toEqual(['Zoe', 'Bea', 'Amy']);
    expect(result.ranked[0]?.reasons[1]).toEqual({
      criterion: 'sharedNeed',
      text: 'shares needs: Feeding tube, Cognitive delay',
      points: 10,
    });
    expect(result.ranked[1]?.reasons[1]).toMatchObject({ text: 'shares needs: Feeding tube', points: 5 });
  });

  it('language: a peer who speaks the preferred language, or the required one', () => {
    const preferred = rank(participant({}, { languageId: SPANISH }), [
      peer('Amy'),
      peer('Zoe', { languageIds: [SPANISH] }),
    ]);
    expect(names(preferred)).toEqual(['Zoe', 'Amy']);
    expect(linesOf(preferred, 'Zoe')?.[0]).toBe('speaks Spanish, as preferred');
    expect(preferred.ranked[1]?.reasons[0]).toEqual({
      criterion: 'language',
      text: 'does not speak Spanish (preferred)',
      points: 0,
    });
    const required = rank(participant({}, { languageId: SPANISH, languageRequired: true }), [
      peer('Zoe', { languageIds: [SPANISH] }),
    ]);
    expect(required.ranked[0]?.reasons[0]).toEqual({
      criterion: 'language',
      text: 'speaks Spanish (required)',
      points: 15,
    });
  });

  it('gender as preferred; no preference, no line', () => {
    const result = rank(participant({}, { gender: 'woman' }), [
      peer('Amy', { gender: 'man' }),
      peer('Bea'),
      peer('Zoe', { gender: 'woman' }),
    ]);
    expect(names(result)).toEqual(['Zoe', 'Amy', 'Bea']);
    expect(linesOf(result, 'Zoe')?.[0]).toBe('woman, as preferred');
    expect(linesOf(result, 'Amy')?.[0]).toBe('man (woman preferred)');
    expect(linesOf(result, 'Bea')?.[0]).toBe('gender not recorded (woman preferred)');
    const none = rank(participant(), [peer('Zoe', { gender: 'woman' })]);
    expect(none.ranked[0]?.reasons.map((reason) => reason.criterion)).not.toContain('gender');
  });

  it('age within the preferred range, counted from the birth year', () => {
    const result = rank(participant({}, { ageMin: 40, ageMax: 60 }), [
      peer('Amy', { birthYear: 1995 }),
      peer('Bea'),
      peer('Zoe', { birthYear: 1979 }),
    ]);
    expect(names(result)[0]).toBe('Zoe');
    expect(linesOf(result, 'Zoe')?.[0]).toBe('aged 47, within 40–60 as preferred');
    expect(linesOf(result, 'Amy')?.[0]).toBe('aged 31 (40–60 preferred)');
    expect(linesOf(result, 'Bea')?.[0]).toBe('age not recorded');
    const older = rank(participant({}, { ageMin: 50 }), [peer('Zoe', { birthYear: 1970 })]);
    expect(linesOf(older, 'Zoe')?.[0]).toBe('aged 56, 50 or older as preferred');
  });

  it('cultural background: the same, or one naming the other in whole words, any case', () => {
    const result = rank(participant({}, { culturalBackground: 'somali' }), [
      peer('Amy', { culturalBackground: 'Somaliland' }),
      peer('Bea', { culturalBackground: 'Somali Bantu' }),
      peer('Zoe', { culturalBackground: 'Somali' }),
    ]);
    expect(names(result)).toEqual(['Bea', 'Zoe', 'Amy']);
    expect(linesOf(result, 'Zoe')?.[0]).toBe('cultural background: Somali, as preferred');
    expect(linesOf(result, 'Amy')?.[0]).toBe('cultural background: Somaliland (somali preferred)');
  });

  it('ways of meeting in common', () => {
    const result = rank(participant({}, { modalities: ['home-visit', 'video'] }), [
      peer('Amy', { modalities: ['in-person'] }),
      peer('Zoe', { modalities: ['home-visit', 'phone'] }),
    ]);
    expect(names(result)).toEqual(['Zoe', 'Amy']);
    expect(linesOf(result, 'Zoe')?.[0]).toBe('offers home visit');
    expect(linesOf(result, 'Amy')?.[0]).toBe('offers none of: home visit, video');
  });

  it('region: the same region, else phone or video from afar, else nothing', () => {
    const result = rank(participant({ region: 'North ' }), [
      peer('Amy', { region: 'South' }),
      peer('Bea', { region: 'South', modalities: ['phone', 'in-person'] }),
      peer('Zoe', { region: 'north' }),
    ]);
    expect(names(result)).toEqual(['Zoe', 'Bea', 'Amy']);
    expect(result.ranked.map((entry) => entry.reasons.find((r) => r.criterion === 'region'))).toEqual([
      { criterion: 'region', text: 'same region', points: 8 },
      { criterion: 'region', text: 'different region (South), offers phone', points: 4 },
      { criterion: 'region', text: 'different region (South)', points: 0 },
    ]);
    // Phone from afar does not count for a participant who wants to meet only in person.
    const inPerson = rank(participant({ region: 'North' }, { modalities: ['in-person'] }), [
      peer('Bea', { region: 'South', modalities: ['phone', 'in-person'] }),
    ]);
    expect(inPerson.ranked[0]?.reasons.find((r) => r.criterion === 'region')?.points).toBe(0);
  });

  it('places free, in proportion to capacity', () => {
    const result = rank(participant(), [
      peer('Amy', { capacity: 4, activeMatches: 3 }),
      peer('Zoe', { capacity: 4, activeMatches: 2 }),
    ]);
    expect(names(result)).toEqual(['Zoe', 'Amy']);
    expect(linesOf(result, 'Zoe')).toContain('2 of 4 places free');
    expect(result.ranked[0]?.reasons.at(-1)).toEqual({ criterion: 'capacity', text: '2 of 4 places free', points: 3 });
  });

  it('breaks ties by places free, then by name', () => {
    const noCapacity = { ...DEFAULT_MATCH_WEIGHTS, capacity: 0 };
    const result = rank(participant(), [peer('Cat', { activeMatches: 2 }), peer('Bea'), peer('Amy')], noCapacity);
    expect(names(result)).toEqual(['Amy', 'Bea', 'Cat']);
    expect(result.ranked.map((entry) => entry.rank)).toEqual([1, 2, 3]);
  });
});

describe('the rare-condition fallback', () => {
  const rare = participant({ experienceTagIds: [20, 10, 11] });

  it('ranks by shared needs, weighted like shared experience, and says so', () => {
    const result = rank(rare, [
      peer('Amy'),
      peer('Bea', { experienceTagIds: [10] }),
      peer('Zoe', { experienceTagIds: [10, 11] }),
      // Sharing the condition does not count while they cannot take the participant.
      peer('Away', { experienceTagIds: [20], status: 'on-leave' }),
    ]);
    expect(result.fallback).toBe(
      'No available peer supporter shares Chromosomal abnormality: ranked by shared needs and issues instead.',
    );
    expect(names(result)).toEqual(['Zoe', 'Bea', 'Amy']);
    expect(result.ranked[0]?.reasons[0]).toEqual({
      criterion: 'sharedNeed',
      text: 'shares needs: Feeding tube, Cognitive delay',
      points: DEFAULT_MATCH_WEIGHTS.experienceExact,
    });
  });

  it('does not trigger when an available peer shares the condition', () => {
    const result = rank(rare, [peer('Bea', { experienceTagIds: [10, 11] }), peer('Zoe', { experienceTagIds: [20] })]);
    expect(result.fallback).toBeNull();
    expect(names(result)).toEqual(['Zoe', 'Bea']);
    expect(linesOf(result, 'Bea')?.[0]).toBe('shares needs: Feeding tube, Cognitive delay');
    expect(result.ranked[1]?.reasons[0]?.points).toBe(DEFAULT_MATCH_WEIGHTS.sharedNeed);
  });

  it('does not trigger for a participant with needs only', () => {
    expect(rank(participant({ experienceTagIds: [10] }), [peer('Amy')]).fallback).toBeNull();
  });
});

describe('scores and weights', () => {
  const who = participant(
    { experienceTagIds: [5, 10, 11], region: 'East' },
    {
      gender: 'woman',
      ageMin: 30,
      ageMax: 50,
      languageId: SPANISH,
      culturalBackground: 'Mexican',
      modalities: ['phone', 'in-person'],
    },
  );
  const peers = [
    peer('Ana', {
      experienceTagIds: [5, 10],
      gender: 'woman',
      birthYear: 1985,
      languageIds: [SPANISH],
      culturalBackground: 'Mexican American',
      modalities: ['phone'],
      region: 'East',
      activeMatches: 1,
    }),
    peer('Ben', { experienceTagIds: [4, 11], gender: 'man', birthYear: 1960, region: 'West', modalities: ['video'] }),
    peer('Cleo', { experienceTagIds: [5], languageIds: [SPANISH], region: 'West', modalities: ['phone'], capacity: 5 }),
    peer('Dee', { birthYear: 1990, gender: 'woman', capacity: 1 }),
  ];

  it('shows reasons whose points add up to the score', () => {
    const result = rank(who, peers);
    expect(result.ranked).toHaveLength(4);
    for (const entry of result.ranked) {
      expect(entry.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(entry.score);
    }
    const scores = result.ranked.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.ranked[0]).toMatchObject({ rank: 1, peer: { name: 'Ana' } });
    expect(result.ranked[0]?.reasons.map((reason) => reason.text)).toEqual([
      'shares: Diabetes, Type 1',
      'shares needs: Feeding tube',
      'speaks Spanish, as preferred',
      'woman, as preferred',
      'aged 41, within 30–50 as preferred',
      'cultural background: Mexican American, as preferred',
      'offers phone',
      'same region',
      '2 of 3 places free',
    ]);
  });

  it('re-ranks when the weights change, and a weight of 0 drops its line', () => {
    const a = peer('Amy', { region: 'East' });
    const z = peer('Zoe', { region: 'West', languageIds: [SPANISH] });
    const spanish = participant({ region: 'East' }, { languageId: SPANISH });
    expect(names(rank(spanish, [a, z]))).toEqual(['Zoe', 'Amy']);
    const regionFirst = { ...DEFAULT_MATCH_WEIGHTS, language: 0, region: 30 };
    const reranked = rank(spanish, [a, z], regionFirst);
    expect(names(reranked)).toEqual(['Amy', 'Zoe']);
    expect(reranked.ranked.flatMap((entry) => entry.reasons.map((reason) => reason.criterion))).not.toContain(
      'language',
    );
  });
});
