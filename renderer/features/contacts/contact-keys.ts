// Query keys for contacts: a match's timeline, single contacts, the concerns a peer supporter
// raised, and the resources a referral can name (under the resource directory's own root key,
// so its changes refresh them too).
export const contactKeys = {
  all: ['contacts'] as const,
  timeline: (matchId: number) => [...contactKeys.all, 'match', matchId] as const,
  detail: (id: number) => [...contactKeys.all, 'detail', id] as const,
  peerConcerns: (peerSupporterId: number) => [...contactKeys.all, 'concerns', peerSupporterId] as const,
  resourceChoices: () => ['resources', 'choices'] as const,
};
