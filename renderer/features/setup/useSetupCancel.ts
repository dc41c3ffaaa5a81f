import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/call';

export function useSetupCancel() {
  return useMutation({ mutationFn: () => call('program.setupCancel', {}) });
}
