import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { useInvalidateVocabulary } from './useInvalidateVocabulary';

export function useSetNeedTerm() {
  const invalidate = useInvalidateVocabulary();
  return useMutation({
    mutationFn: (input: ChannelInput<'vocabulary.setNeed'>) => call('vocabulary.setNeed', input),
    onSuccess: invalidate,
  });
}
