// Query keys for peer supporters: list pages (per filters and page number), single records and
// their open matches.
import type { PeerStatus, peerSorts } from '../../../shared/api/peer-supporters';

export interface PeerSupporterFilters {
  search: string;
  statuses: PeerStatus[];
  tagId: number | null;
  languageId: number | null;
  region: string;
  includeArchived: boolean;
  sort: (typeof peerSorts)[number];
  direction: 'asc' | 'desc';
}

export const peerSupporterKeys = {
  all: ['peer-supporters'] as const,
  lists: () => [...peerSupporterKeys.all, 'list'] as const,
  listPage: (filters: PeerSupporterFilters, page: number) => [...peerSupporterKeys.lists(), filters, page] as const,
  details: () => [...peerSupporterKeys.all, 'detail'] as const,
  detail: (id: number) => [...peerSupporterKeys.details(), id] as const,
  /** The matches a peer supporter has open (active or proposed). */
  openMatches: (id: number) => [...peerSupporterKeys.all, 'open-matches', id] as const,
};
