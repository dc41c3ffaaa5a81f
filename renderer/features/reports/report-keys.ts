// Query keys for funder reports: a built report per request (period and sections), and the saved
// funder profiles.
import type { ReportBuildInput } from '../../../shared/api/reports';

export const reportKeys = {
  all: ['reports'] as const,
  report: (request: ReportBuildInput | null) => [...reportKeys.all, 'report', request] as const,
  profiles: () => [...reportKeys.all, 'profiles'] as const,
};
