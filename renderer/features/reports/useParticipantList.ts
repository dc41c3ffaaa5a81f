// The consent-gated participant list: what it would hold (a check, nothing written) and the
// file itself (audited by the backend). Neither is kept in the cache: consents change.
import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import { call } from '../../api/call';

export function useCheckParticipantList() {
  return useMutation({
    mutationFn: (input: ChannelInput<'exports.participantList.preview'>) =>
      call('exports.participantList.preview', input),
  });
}

export function useExportParticipantList() {
  return useMutation({
    mutationFn: (input: ChannelInput<'exports.participantList'>) => call('exports.participantList', input),
  });
}
