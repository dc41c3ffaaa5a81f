// Invented people for the demo program: names from several faker locales and a few hand-made
// lists of transliterated names, mixed the way a diverse community program's roster is.
// Names are random combinations; they are nobody in particular.
import {
  base,
  de,
  en,
  en_GB,
  en_IE,
  es,
  es_MX,
  Faker,
  fr,
  pl,
  pt_BR,
  vi,
  yo_NG,
  type LocaleDefinition,
} from '@faker-js/faker';
import type { Gender } from '../../../shared/api/fields';
import { arabic, chinese, filipino, irish, punjabi, somali, type NameList } from './name-lists';

type Sex = 'female' | 'male';

interface Origin {
  weight: number;
  /** A faker locale, or a hand-made list where faker has no transliterated names. */
  names: Faker | NameList;
  /** Language labels: the first always, each later one with the paired probability. */
  languages: Array<[string, number]>;
  cultures: string[];
  /** How often two surnames are joined with a hyphen. */
  hyphenated: number;
}

export interface InventedPerson {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  gender: Gender | null;
  culturalBackground: string | null;
  languages: string[];
}

const nicknames: Record<string, string> = {
  Elizabeth: 'Liz',
  Katherine: 'Kate',
  Margaret: 'Peggy',
  Robert: 'Bob',
  William: 'Bill',
  Michael: 'Mike',
  Alexander: 'Sasha',
  Francisco: 'Paco',
  José: 'Pepe',
  Guadalupe: 'Lupe',
  Nguyễn: 'Win',
};

const pronounsOf: Record<Gender, string[]> = {
  woman: ['she/her'],
  man: ['he/him'],
  'non-binary': ['they/them', 'they/she', 'xe/xem'],
  'another-identity': ['they/them', 'he/they'],
  'prefer-not-to-say': [],
};

export class NameMaker {
  private readonly origins: Origin[];

  constructor(
    private readonly faker: Faker,
    seed: number,
  ) {
    // Each locale draws from its own seeded stream, so adding one does not shift the others.
    const locale = (index: number, definition: LocaleDefinition) => {
      const made = new Faker({ locale: [definition, en, base] });
      made.seed(seed * 31 + index);
      return made;
    };
    this.origins = [
      {
        weight: 30,
        names: locale(1, en),
        languages: [['English', 1]],
        cultures: ['American', 'Canadian'],
        hyphenated: 0.03,
      },
      {
        weight: 8,
        names: locale(2, en_GB),
        languages: [['English', 1]],
        cultures: ['English', 'Scottish', 'Welsh'],
        hyphenated: 0.08,
      },
      { weight: 5, names: irish, languages: [['English', 1]], cultures: ['Irish'], hyphenated: 0.02 },
      { weight: 3, names: locale(3, en_IE), languages: [['English', 1]], cultures: ['Irish'], hyphenated: 0.02 },
      {
        weight: 8,
        names: locale(4, es_MX),
        languages: [
          ['Spanish', 1],
          ['English', 0.6],
        ],
        cultures: ['Mexican', 'Salvadoran', 'Guatemalan'],
        hyphenated: 0.25,
      },
      {
        weight: 4,
        names: locale(5, es),
        languages: [
          ['Spanish', 1],
          ['English', 0.7],
        ],
        cultures: ['Spanish', 'Colombian', 'Peruvian'],
        hyphenated: 0.3,
      },
      {
        weight: 4,
        names: locale(6, fr),
        languages: [
          ['French', 1],
          ['English', 0.7],
        ],
        cultures: ['French', 'Belgian'],
        hyphenated: 0.15,
      },
      {
        weight: 3,
        names: locale(7, fr),
        languages: [
          ['French', 1],
          ['English', 0.8],
        ],
        cultures: ['Québécois', 'Acadian'],
        hyphenated: 0.15,
      },
      {
        weight: 3,
        names: locale(8, de),
        languages: [['English', 1]],
        cultures: ['German', 'Austrian'],
        hyphenated: 0.1,
      },
      { weight: 4, names: locale(9, pl), languages: [['English', 1]], cultures: ['Polish'], hyphenated: 0.08 },
      {
        weight: 6,
        names: locale(10, vi),
        languages: [
          ['Vietnamese', 1],
          ['English', 0.5],
        ],
        cultures: ['Vietnamese'],
        hyphenated: 0,
      },
      {
        weight: 3,
        names: locale(11, pt_BR),
        languages: [
          ['Portuguese', 1],
          ['English', 0.6],
        ],
        cultures: ['Brazilian', 'Portuguese'],
        hyphenated: 0.05,
      },
      {
        weight: 2,
        names: locale(12, yo_NG),
        languages: [['English', 1]],
        cultures: ['Nigerian', 'Yoruba'],
        hyphenated: 0.02,
      },
      {
        weight: 4,
        names: arabic,
        languages: [
          ['Arabic', 1],
          ['English', 0.6],
          ['French', 0.2],
        ],
        cultures: ['Lebanese', 'Syrian', 'Egyptian', 'Iraqi', 'Moroccan'],
        hyphenated: 0,
      },
      {
        weight: 3,
        names: somali,
        languages: [
          ['Somali', 1],
          ['English', 0.6],
          ['Arabic', 0.3],
        ],
        cultures: ['Somali'],
        hyphenated: 0,
      },
      {
        weight: 3,
        names: filipino,
        languages: [
          ['Tagalog', 1],
          ['English', 0.9],
        ],
        cultures: ['Filipino'],
        hyphenated: 0,
      },
      {
        weight: 3,
        names: chinese,
        languages: [
          ['Mandarin', 1],
          ['English', 0.5],
        ],
        cultures: ['Chinese', 'Taiwanese'],
        hyphenated: 0,
      },
      {
        weight: 4,
        names: punjabi,
        languages: [
          ['Punjabi', 1],
          ['English', 0.7],
        ],
        cultures: ['Punjabi', 'Punjabi Sikh'],
        hyphenated: 0,
      },
    ];
  }

  person(): InventedPerson {
    const f = this.faker;
    const origin = f.helpers.weightedArrayElement(this.origins.map((value) => ({ weight: value.weight, value })));
    const gender = f.helpers.weightedArrayElement<Gender>([
      { weight: 55, value: 'woman' },
      { weight: 38, value: 'man' },
      { weight: 4, value: 'non-binary' },
      { weight: 1, value: 'another-identity' },
      { weight: 2, value: 'prefer-not-to-say' },
    ]);
    const sex: Sex = gender === 'man' || (gender !== 'woman' && f.datatype.boolean()) ? 'male' : 'female';
    const firstName = this.firstName(origin, sex);
    let lastName = this.lastName(origin);
    if (f.datatype.boolean({ probability: origin.hyphenated })) {
      const second = this.lastName(origin);
      if (second !== lastName && !`${lastName}${second}`.includes(' ')) lastName = `${lastName}-${second}`;
    }
    const nickname = nicknames[firstName];
    const preferredName =
      nickname && f.datatype.boolean({ probability: 0.6 })
        ? nickname
        : firstName.includes(' ') && f.datatype.boolean({ probability: 0.5 })
          ? firstName.split(' ')[0]
          : null;
    const pronounChoices = pronounsOf[gender];
    const pronouns =
      pronounChoices.length > 0 && f.datatype.boolean({ probability: gender === 'non-binary' ? 0.9 : 0.3 })
        ? f.helpers.arrayElement(pronounChoices)
        : null;
    const languages = origin.languages
      .filter(([, probability], index) => index === 0 || f.datatype.boolean({ probability }))
      .map(([label]) => label);
    const culturalBackground = f.datatype.boolean({ probability: 0.45 })
      ? f.helpers.arrayElement(origin.cultures)
      : null;
    return { firstName, lastName, preferredName, pronouns, gender, culturalBackground, languages };
  }

  /** A professional's name, e.g. a referring clinician. */
  fullName(): string {
    const origin = this.faker.helpers.weightedArrayElement(
      this.origins.map((value) => ({ weight: value.weight, value })),
    );
    const sex: Sex = this.faker.datatype.boolean() ? 'female' : 'male';
    return `${this.firstName(origin, sex)} ${this.lastName(origin)}`;
  }

  private firstName(origin: Origin, sex: Sex): string {
    if (origin.names instanceof Faker) return origin.names.person.firstName(sex);
    return this.faker.helpers.arrayElement(origin.names[sex]);
  }

  private lastName(origin: Origin): string {
    if (origin.names instanceof Faker) return origin.names.person.lastName();
    return this.faker.helpers.arrayElement(origin.names.last);
  }
}
