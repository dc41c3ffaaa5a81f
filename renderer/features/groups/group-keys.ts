// Query keys for group sessions: the list, a page at a time, and single sessions.
export const groupKeys = {
  all: ['groups'] as const,
  lists: () => [...groupKeys.all, 'list'] as const,
  page: (page: number) => [...groupKeys.lists(), page] as const,
  detail: (id: number) => [...groupKeys.all, 'detail', id] as const,
};
