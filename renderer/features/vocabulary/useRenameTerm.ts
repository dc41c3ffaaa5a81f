import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { useInvalidateVocabulary } from './useInvalidateVocabulary';

export function useRenameTerm() {
  const invalidate = useInvalidateVocabulary();
  return useMutation({
    mutationFn: (input: ChannelInput<'vocabulary.rename'>) => call('vocabulary.rename', input),
    onSuccess: invalidate,
  });
}
