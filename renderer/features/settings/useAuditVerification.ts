import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call';
import { auditKeys } from './settings-keys';

export function useAuditVerification() {
  return useQuery({
    queryKey: auditKeys.verification(),
    queryFn: () => call('audit.verify', {}),
    // Checked afresh each time the page is opened.
    staleTime: 0,
  });
}
