// What the peer supporter form starts from: empty for a new person, the record's values for an
// existing one. Empty text is '' in the form; the schema turns it back into null.
import type { Path } from 'react-hook-form';
import type { PeerSupporter, PeerSupporterFieldsInput } from '../../../shared/api/peer-supporters';
import { emptyPersonValues, personValues } from '../people/person-form-values';

export function emptyPeerSupporterValues(): PeerSupporterFieldsInput {
  return {
    ...emptyPersonValues(),
    birthYear: null,
    experienceTagIds: [],
    modalities: [],
    capacity: 1,
    availability: '',
    engagement: 'volunteer',
    startDate: null,
    codeOfConductSignedOn: null,
    wellnessAgreementOn: null,
    referenceCheckOn: null,
    backgroundCheckOn: null,
  };
}

export function peerSupporterValues(peer: PeerSupporter): PeerSupporterFieldsInput {
  return {
    ...personValues(peer),
    birthYear: peer.birthYear,
    experienceTagIds: peer.experienceTagIds,
    modalities: peer.modalities,
    capacity: peer.capacity,
    availability: peer.availability ?? '',
    engagement: peer.engagement,
    startDate: peer.startDate,
    codeOfConductSignedOn: peer.codeOfConductSignedOn,
    wellnessAgreementOn: peer.wellnessAgreementOn,
    referenceCheckOn: peer.referenceCheckOn,
    backgroundCheckOn: peer.backgroundCheckOn,
  };
}

/** The backend's field paths, mapped to the form's (they are the same names). */
export const peerSupporterFieldNames: Record<string, Path<PeerSupporterFieldsInput>> = Object.fromEntries(
  (Object.keys(emptyPeerSupporterValues()) as Path<PeerSupporterFieldsInput>[]).map((path) => [path, path]),
);
