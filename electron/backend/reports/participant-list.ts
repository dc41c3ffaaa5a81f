// The one identifiable export: a list of participants for a named recipient and purpose, such as
// a clinic under a release of information. Only participants whose release, on that day, names
// the recipient and covers the purpose are in it; the others are named to the program leader
// (never in the file) with the reason they were left out.
import type { EntityManager } from 'typeorm';
import {
  participantListFields,
  type ParticipantLeftOut,
  type ParticipantListField,
  type ParticipantListPreview,
} from '../../../shared/api/reports';
import { participantStatusLabels, type ParticipantStatus } from '../../../shared/api/participants';
import { whyReleaseRefused } from '../consents/consent-rules';
import { releasesByParticipant } from '../consents/consents';
import { displayNameOfRow } from '../people/person-columns';
import type { Row } from './raw';

export interface ListRequest {
  recipient: string;
  purpose: string;
  fields: readonly ParticipantListField[];
  /** YYYY-MM-DD: the day the list is written. */
  day: string;
}

export interface ListedParticipant {
  name: string;
  values: Partial<Record<ParticipantListField, string | null>>;
  consentId: number;
}

export interface ParticipantListCheck extends ParticipantListPreview {
  listed: ListedParticipant[];
}

// The reasons, from the least to the most telling: a release for this recipient and purpose
// that lapsed says more than one for somebody else.
const rank = (reason: string) =>
  reason.startsWith('The release does not name') ? 1 : reason === 'The release does not cover this purpose' ? 2 : 3;

export async function checkParticipantList(
  manager: EntityManager,
  request: ListRequest,
): Promise<ParticipantListCheck> {
  // Participants still served: not closed, not archived.
  const people = await manager.query<Row[]>(
    `SELECT p.*, (SELECT ps.first_name || ' ' || ps.last_name FROM peer_match m
        JOIN peer_supporter ps ON ps.id = m.peer_supporter_id
        WHERE m.participant_id = p.id AND m.status = 'active') AS peer_name
     FROM participant p WHERE p.archived_at IS NULL AND p.status <> 'closed'
     ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id`,
  );
  const releases = await releasesByParticipant(manager);
  const use = { recipient: request.recipient, for: request.purpose };
  const listed: ListedParticipant[] = [];
  const leftOut: ParticipantLeftOut[] = [];
  for (const person of people) {
    const id = person.id as number;
    const reasons = (releases.get(id) ?? []).map((release) => ({
      id: release.id,
      reason: whyReleaseRefused(release.facts, use, request.day),
    }));
    const allowing = reasons.find((entry) => entry.reason === null);
    if (allowing) {
      listed.push({ name: displayNameOfRow(person), values: valuesOf(person, request.fields), consentId: allowing.id });
      continue;
    }
    const telling = reasons
      .map((entry) => entry.reason!)
      .sort((a, b) => rank(b) - rank(a))
      .at(0);
    leftOut.push({
      participantId: id,
      name: displayNameOfRow(person),
      reason: telling ?? 'No release of information on file',
    });
  }
  return { included: listed.length, leftOut, listed };
}

function valuesOf(row: Row, fields: readonly ParticipantListField[]): ListedParticipant['values'] {
  const text = (column: string) => (row[column] as string | null) ?? null;
  const all: Record<ParticipantListField, string | null> = {
    preferredName: text('preferred_name'),
    pronouns: text('pronouns'),
    birthDate: text('birth_date'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    status: participantStatusLabels[row.status as ParticipantStatus],
    referralDate: text('referral_date'),
    peerSupporter: text('peer_name'),
  };
  // In the list's own order, whatever order they were asked for.
  return Object.fromEntries(participantListFields.filter((f) => fields.includes(f)).map((f) => [f, all[f]]));
}
