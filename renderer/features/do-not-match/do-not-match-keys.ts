// Query keys for "do not match" pairs, listed from either side: a participant or a peer supporter.
export type DoNotMatchSide = 'participant' | 'peer-supporter';

export const doNotMatchKeys = {
  all: ['do-not-match'] as const,
  of: (side: DoNotMatchSide, personId: number) => [...doNotMatchKeys.all, side, personId] as const,
};
