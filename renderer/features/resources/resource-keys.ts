// Query keys for the resource directory.
export const resourceKeys = {
  all: ['resources'] as const,
  list: (includeRetired: boolean) => [...resourceKeys.all, 'list', { includeRetired }] as const,
};
