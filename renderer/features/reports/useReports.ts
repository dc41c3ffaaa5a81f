// Funder reports: one built for a request (asked again at each build, since contacts and people
// change elsewhere), the file of one written for export, and the saved funder profiles with their
// changes, each refreshing the list.
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import type { FunderProfile, ReportBuildInput } from '../../../shared/api/reports';
import { call } from '../../api/call';
import { reportKeys } from './report-keys';

/** Nothing is built until a request is given; the report is dropped once the page is left. */
export function useReport(request: ReportBuildInput | null) {
  return useQuery({
    queryKey: reportKeys.report(request),
    queryFn: request ? () => call('reports.build', request) : skipToken,
    gcTime: 0,
  });
}

/** Writes the report as a file (XLSX, CSV in a zip, PDF); the backend audits it. */
export function useExportReport() {
  return useMutation({
    mutationFn: (input: ChannelInput<'reports.export'>) => call('reports.export', input),
  });
}

export function useFunderProfiles() {
  return useQuery({ queryKey: reportKeys.profiles(), queryFn: () => call('reports.profiles.list', {}) });
}

function useProfileChange<I>(run: (input: I) => Promise<FunderProfile>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: reportKeys.profiles() }),
  });
}

export function useAddFunderProfile() {
  return useProfileChange((input: ChannelInput<'reports.profiles.add'>) => call('reports.profiles.add', input));
}

export function useUpdateFunderProfile() {
  return useProfileChange((input: ChannelInput<'reports.profiles.update'>) => call('reports.profiles.update', input));
}

export function useDeleteFunderProfile() {
  return useProfileChange((input: ChannelInput<'reports.profiles.delete'>) => call('reports.profiles.delete', input));
}
