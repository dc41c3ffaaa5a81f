// Query keys for the program itself: its status (readable while locked) and its details.
import type { QueryKey } from '@tanstack/react-query';

export const programKeys = {
  all: ['program'] as const,
  status: () => [...programKeys.all, 'status'] as const,
  info: () => [...programKeys.all, 'info'] as const,
  isStatus: (key: QueryKey): boolean => key[0] === 'program' && key[1] === 'status',
};
