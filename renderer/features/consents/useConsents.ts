// Consents and their kinds: the queries, and the changes, each refreshing what it touched.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/api/channels';
import type { Consent } from '../../../shared/api/consents';
import { call } from '../../api/call';
import { attentionKeys } from '../supervision/supervision-keys';
import { consentKeys } from './consent-keys';

export function useConsents(participantId: number) {
  return useQuery({
    queryKey: consentKeys.list(participantId),
    queryFn: () => call('consents.list', { participantId }),
  });
}

export function useConsentOverview(participantId: number) {
  return useQuery({
    queryKey: consentKeys.overview(participantId),
    queryFn: () => call('consents.overview', { participantId }),
  });
}

export function useConsentKinds() {
  return useQuery({ queryKey: consentKeys.kinds(), queryFn: () => call('consentKinds.list', {}) });
}

/** After a change to one consent: its participant's register, and the kinds' usage counts. */
function useConsentSaved() {
  const client = useQueryClient();
  return async (consent: Consent) => {
    await Promise.all([
      client.invalidateQueries({ queryKey: consentKeys.ofParticipant(consent.participantId) }),
      client.invalidateQueries({ queryKey: consentKeys.kinds() }),
      client.invalidateQueries({ queryKey: attentionKeys.all }),
    ]);
  };
}

export function useCreateConsent() {
  const saved = useConsentSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'consents.create'>) => call('consents.create', input),
    onSuccess: saved,
  });
}

export function useUpdateConsent() {
  const saved = useConsentSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'consents.update'>) => call('consents.update', input),
    onSuccess: saved,
  });
}

export function useRevokeConsent() {
  const saved = useConsentSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'consents.revoke'>) => call('consents.revoke', input),
    onSuccess: saved,
  });
}

export function useAttachScan() {
  const saved = useConsentSaved();
  return useMutation({
    mutationFn: (input: ChannelInput<'consents.attachScan'>) => call('consents.attachScan', input),
    onSuccess: saved,
  });
}

export function useRemoveScan() {
  const saved = useConsentSaved();
  return useMutation({
    mutationFn: (id: number) => call('consents.removeScan', { id }),
    onSuccess: saved,
  });
}
