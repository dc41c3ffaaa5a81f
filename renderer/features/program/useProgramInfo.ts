import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call';
import { programKeys } from './program-keys';

export function useProgramInfo() {
  return useQuery({
    queryKey: programKeys.info(),
    queryFn: () => call('program.info', {}),
  });
}
