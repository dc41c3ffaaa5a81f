import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call';
import { programKeys } from './program-keys';

export function useProgramStatus() {
  return useQuery({
    queryKey: programKeys.status(),
    queryFn: () => call('program.status', {}),
  });
}
