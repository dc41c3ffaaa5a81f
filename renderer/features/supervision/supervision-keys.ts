// Query keys for supervision: per peer supporter (their notes and standing, the concerns raised
// about their participants), single notes, the supervisors, and the dashboard's attention list.
export const supervisionKeys = {
  all: ['supervision'] as const,
  peer: (peerSupporterId: number) => [...supervisionKeys.all, 'peer', peerSupporterId] as const,
  concerns: (peerSupporterId: number) => [...supervisionKeys.all, 'concerns', peerSupporterId] as const,
  note: (noteId: number) => [...supervisionKeys.all, 'note', noteId] as const,
  supervisors: () => [...supervisionKeys.all, 'supervisors'] as const,
};

export const attentionKeys = {
  all: ['attention'] as const,
};
