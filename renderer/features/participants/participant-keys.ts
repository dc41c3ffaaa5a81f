// Query keys for participants: list pages (per filters and page number) and single records.
import type { ParticipantStatus } from '../../../shared/api/participants';

export interface ParticipantFilters {
  search: string;
  statuses: ParticipantStatus[];
  tagId: number | null;
  languageId: number | null;
  region: string;
  includeArchived: boolean;
  sort: 'name' | 'status' | 'referralDate' | 'region';
  direction: 'asc' | 'desc';
}

export const participantKeys = {
  all: ['participants'] as const,
  lists: () => [...participantKeys.all, 'list'] as const,
  listPage: (filters: ParticipantFilters, page: number) => [...participantKeys.lists(), filters, page] as const,
  details: () => [...participantKeys.all, 'detail'] as const,
  detail: (id: number) => [...participantKeys.details(), id] as const,
};
