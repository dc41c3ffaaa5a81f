// Who was served: participants served in the period by age band, gender, language, region and
// experience. Single-valued breakdowns add up to the participants served; languages and
// experiences do not (a participant may have several).
import { genderLabels, genders } from '../../../../shared/api/fields';
import { count, type RawRow, type RawSection, type RawTable, type ReportScope } from '../raw';
import { servedIdsParameter, servedPeople } from './period-data';

const NOT_RECORDED = 'Not recorded';
const AGE_BANDS: Array<[string, number, number]> = [
  ['Under 18', 0, 17],
  ['18 to 24', 18, 24],
  ['25 to 34', 25, 34],
  ['35 to 44', 35, 44],
  ['45 to 54', 45, 54],
  ['55 to 64', 55, 64],
  ['65 and over', 65, Number.POSITIVE_INFINITY],
];

/** Age in whole years on a day, from YYYY-MM-DD dates. */
function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const slug = (label: string) =>
  label
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

function table(key: string, title: string, definition: string, rows: RawRow[], totals: boolean): RawTable {
  return { key, title, definition, columns: [count('participants', 'Participants served')], rows, totals };
}

const row = (key: string, label: string, participants: number): RawRow => ({
  key,
  label,
  values: { participants },
});

export async function demographicsSection(scope: ReportScope): Promise<RawSection> {
  const { sql, to } = scope;
  const ids = servedIdsParameter(await servedPeople(scope));
  const served = `WITH served(participant_id) AS (SELECT value FROM json_each(?))`;
  const people = await sql(
    `${served} SELECT p.birth_date, p.gender, trim(p.region) AS region
     FROM served s JOIN participant p ON p.id = s.participant_id`,
    [ids],
  );
  const termCounts = (role: 'language' | 'experience') =>
    sql(
      `${served} SELECT ${role === 'experience' ? 'COALESCE(top.id, t.id)' : 't.id'} AS id,
         ${role === 'experience' ? 'COALESCE(top.label, t.label)' : 't.label'} AS label,
         COUNT(DISTINCT pt.participant_id) AS participants
       FROM participant_term pt JOIN served s ON s.participant_id = pt.participant_id
       JOIN vocabulary_term t ON t.id = pt.term_id LEFT JOIN vocabulary_term top ON top.id = t.parent_id
       WHERE pt.role = ? ${role === 'experience' ? 'AND t.is_need = 0' : ''}
       GROUP BY 1 ORDER BY label COLLATE NOCASE`,
      [ids, role],
    );
  const withTerm = async (role: 'language' | 'experience') =>
    (
      await sql(
        `${served} SELECT COUNT(DISTINCT pt.participant_id) AS n FROM participant_term pt
         JOIN served s ON s.participant_id = pt.participant_id
         JOIN vocabulary_term t ON t.id = pt.term_id
         WHERE pt.role = ? ${role === 'experience' ? 'AND t.is_need = 0' : ''}`,
        [ids, role],
      )
    )[0]?.n ?? 0;

  const ages = new Map<string, number>();
  const genderCounts = new Map<string, number>();
  const regions = new Map<string, { label: string; participants: number }>();
  for (const person of people) {
    const birth = person.birth_date as string | null;
    const band = birth ? AGE_BANDS.find(([, lo, hi]) => ageOn(birth, to) >= lo && ageOn(birth, to) <= hi) : undefined;
    const ageKey = band?.[0] ?? NOT_RECORDED;
    ages.set(ageKey, (ages.get(ageKey) ?? 0) + 1);
    const gender = (person.gender as string | null) ?? 'not-recorded';
    genderCounts.set(gender, (genderCounts.get(gender) ?? 0) + 1);
    const region = (person.region as string | null) || null;
    const regionKey = region === null ? '' : region.toLocaleLowerCase();
    const entry = regions.get(regionKey) ?? { label: region ?? NOT_RECORDED, participants: 0 };
    entry.participants += 1;
    regions.set(regionKey, entry);
  }
  const termRows = async (role: 'language' | 'experience') => {
    const rows = (await termCounts(role)).map((term) =>
      row(slug(String(term.label)), String(term.label), Number(term.participants)),
    );
    return [...rows, row('not-recorded', NOT_RECORDED, people.length - Number(await withTerm(role)))];
  };
  const regionRows = [...regions.entries()]
    .filter(([key]) => key !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, entry]) => row(slug(entry.label), entry.label, entry.participants));

  return {
    measures: [],
    tables: [
      table(
        'demographics.ageBand',
        'Participants served by age',
        'Participants served in the period, by their age on the last day of the period.',
        [...AGE_BANDS.map(([label]) => label), NOT_RECORDED].map((label) =>
          row(slug(label), label, ages.get(label) ?? 0),
        ),
        true,
      ),
      table(
        'demographics.gender',
        'Participants served by gender',
        'Participants served in the period, by the gender they gave.',
        [
          ...genders.map((gender) => row(gender, genderLabels[gender], genderCounts.get(gender) ?? 0)),
          row('not-recorded', NOT_RECORDED, genderCounts.get('not-recorded') ?? 0),
        ],
        true,
      ),
      table(
        'demographics.language',
        'Participants served by language',
        'Participants served in the period, by the languages they speak. A participant who speaks several languages is counted under each.',
        await termRows('language'),
        false,
      ),
      table(
        'demographics.region',
        'Participants served by region',
        'Participants served in the period, by the region recorded for them (spellings that differ only in capitals are counted together).',
        [...regionRows, row('not-recorded', NOT_RECORDED, regions.get('')?.participants ?? 0)],
        true,
      ),
      table(
        'demographics.experience',
        'Participants served by experience',
        'Participants served in the period, by the lived experience they came for (grouped by condition; needs are not counted here). A participant with several is counted under each.',
        await termRows('experience'),
        false,
      ),
    ],
  };
}
