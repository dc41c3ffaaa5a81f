import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { useInvalidateVocabulary } from './useInvalidateVocabulary';

export function useAddTerm() {
  const invalidate = useInvalidateVocabulary();
  return useMutation({
    mutationFn: (input: ChannelInput<'vocabulary.add'>) => call('vocabulary.add', input),
    onSuccess: invalidate,
  });
}
