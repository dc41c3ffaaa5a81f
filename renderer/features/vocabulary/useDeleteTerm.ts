import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';
import { useInvalidateVocabulary } from './useInvalidateVocabulary';
import { vocabularyKeys } from './vocabulary-keys';

export function useDeleteTerm() {
  const client = useQueryClient();
  const invalidate = useInvalidateVocabulary();
  return useMutation({
    mutationFn: (input: ChannelInput<'vocabulary.delete'>) => call('vocabulary.delete', input),
    onSuccess: invalidate,
    // Refused because the term is in use after all: show the counts as they are now.
    onError: () => client.invalidateQueries({ queryKey: vocabularyKeys.all }),
  });
}
