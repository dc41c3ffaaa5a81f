// Who signs a demo participant's consents, and how each was obtained: the participant, or for a
// minor or some frail older people a relative or guardian; on paper, on screen, or by phone
// with a witness.
import type { Faker } from '@faker-js/faker';
import type { ConsentFields, ConsentMethod } from '../../../shared/api/consents';
import type { NameMaker } from './names';

export type Signature = Pick<ConsentFields, 'signer' | 'representativeName' | 'representativeRelationship'>;
export type Obtained = Pick<ConsentFields, 'method' | 'witnessName'>;

/** The leader of every demo program: the one who records revocations. */
export const DEMO_LEADER = 'Demo leader';

const minorsRepresentatives = ['Mother', 'Father', 'Legal guardian', 'Grandmother'];
const eldersRepresentatives = ['Daughter (power of attorney)', 'Son (power of attorney)', 'Wife', 'Husband'];

/** Who signs a participant's consents: the same person for all of them. */
export function signatureFor(
  context: { faker: Faker; names: NameMaker },
  person: { age: number | null; lastName: string },
): Signature {
  const { faker, names } = context;
  const relative = (relationships: string[]): Signature => {
    const relationship = faker.helpers.arrayElement(relationships);
    // A guardian is seldom family; a relative usually shares the participant's last name.
    const name =
      relationship === 'Legal guardian' || faker.datatype.boolean({ probability: 0.2 })
        ? names.fullName()
        : `${names.fullName().split(' ')[0]} ${person.lastName}`;
    return { signer: 'representative', representativeName: name, representativeRelationship: relationship };
  };
  const { age } = person;
  if (age !== null && age < 18) return relative(minorsRepresentatives);
  if (age !== null && age >= 78 && faker.datatype.boolean({ probability: 0.3 })) {
    return relative(eldersRepresentatives);
  }
  if (faker.datatype.boolean({ probability: 0.01 })) return relative(['Legal guardian']);
  return { signer: 'participant', representativeName: null, representativeRelationship: null };
}

/** How one consent was obtained; a verbal consent names the staff member who witnessed it. */
export function obtained(faker: Faker, witnesses: string[]): Obtained {
  const method = faker.helpers.weightedArrayElement<ConsentMethod>([
    { weight: 40, value: 'paper' },
    { weight: 25, value: 'drawn-signature' },
    { weight: 15, value: 'typed-signature' },
    { weight: 20, value: 'verbal-witnessed' },
  ]);
  return { method, witnessName: method === 'verbal-witnessed' ? faker.helpers.arrayElement(witnesses) : null };
}
