// The dashboard's data: the program's counts and what needs attention. Asked again each time
// Home opens: the day, and the records, may have moved on.
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call';
import { attentionKeys } from '../supervision/supervision-keys';

export function useAttention() {
  return useQuery({
    queryKey: attentionKeys.all,
    queryFn: () => call('attention.list', {}),
    refetchOnMount: 'always',
  });
}
