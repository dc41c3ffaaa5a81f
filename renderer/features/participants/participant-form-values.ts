// What the participant form starts from: empty for a new person, the record's values for an
// existing one. Empty text is '' in the form; the schema turns it back into null.
import type { Participant, ParticipantFields, ParticipantFieldsInput } from '../../../shared/api/participants';
import { todayIso } from '../../../shared/api/fields';
import type { Path, UseFormReturn } from 'react-hook-form';
import { emptyPersonValues, personValues } from '../people/person-form-values';

export type ParticipantForm = UseFormReturn<ParticipantFieldsInput, unknown, ParticipantFields>;

export function emptyParticipantValues(): ParticipantFieldsInput {
  return {
    ...emptyPersonValues(),
    birthDate: '',
    referralDate: todayIso(),
    referralSourceId: null,
    referrerName: '',
    referrerOrganisation: '',
    experienceTagIds: [],
    goals: '',
    preferences: {
      gender: null,
      ageMin: null,
      ageMax: null,
      languageId: null,
      languageRequired: false,
      culturalBackground: '',
      modalities: [],
    },
    isCaregiver: false,
    caregiverRelationship: '',
    caredFor: '',
  };
}

export function participantValues(participant: Participant): ParticipantFieldsInput {
  const text = (value: string | null) => value ?? '';
  const p = participant.preferences;
  return {
    ...personValues(participant),
    birthDate: text(participant.birthDate),
    referralDate: participant.referralDate,
    referralSourceId: participant.referralSourceId,
    referrerName: text(participant.referrerName),
    referrerOrganisation: text(participant.referrerOrganisation),
    experienceTagIds: participant.experienceTagIds,
    goals: text(participant.goals),
    preferences: {
      gender: p.gender,
      ageMin: p.ageMin,
      ageMax: p.ageMax,
      languageId: p.languageId,
      languageRequired: p.languageRequired,
      culturalBackground: text(p.culturalBackground),
      modalities: p.modalities,
    },
    isCaregiver: participant.isCaregiver,
    caregiverRelationship: text(participant.caregiverRelationship),
    caredFor: text(participant.caredFor),
  };
}

const fieldPaths: Path<ParticipantFieldsInput>[] = [
  ...(Object.keys(emptyParticipantValues()).filter((key) => key !== 'preferences') as Path<ParticipantFieldsInput>[]),
  'preferences',
  'preferences.gender',
  'preferences.ageMin',
  'preferences.ageMax',
  'preferences.languageId',
  'preferences.languageRequired',
  'preferences.culturalBackground',
  'preferences.modalities',
];

/** The backend's field paths, mapped to the form's (they are the same names). */
export const participantFieldNames: Record<string, Path<ParticipantFieldsInput>> = Object.fromEntries(
  fieldPaths.map((path) => [path, path]),
);
