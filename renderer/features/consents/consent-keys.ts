// Query keys for consents: per participant (the list and the at-a-glance overview) and the kinds.
export const consentKeys = {
  all: ['consents'] as const,
  ofParticipant: (participantId: number) => [...consentKeys.all, 'participant', participantId] as const,
  list: (participantId: number) => [...consentKeys.ofParticipant(participantId), 'list'] as const,
  overview: (participantId: number) => [...consentKeys.ofParticipant(participantId), 'overview'] as const,
  kinds: () => [...consentKeys.all, 'kinds'] as const,
};
