// Group sessions and their attendance, named and anonymous.
import { one, toHours, type RawSection, type ReportScope } from '../raw';

export async function groupsSection(scope: ReportScope): Promise<RawSection> {
  const { sql, from, to } = scope;
  const [row] = await sql(
    `SELECT COUNT(*) AS sessions, COALESCE(SUM(anonymous_attendees), 0) AS anonymous,
       COALESCE(SUM(duration_minutes), 0) AS minutes
     FROM group_session WHERE held_on BETWEEN ? AND ?`,
    [from, to],
  );
  const named = await one(
    sql,
    `SELECT COUNT(*) FROM group_attendance ga JOIN group_session gs ON gs.id = ga.session_id
     WHERE gs.held_on BETWEEN ? AND ?`,
    [from, to],
  );
  const measure = (key: string, label: string, definition: string, value: number) => ({
    key: `groups.${key}`,
    label,
    definition,
    unit: 'count' as const,
    value,
  });
  return {
    measures: [
      measure('sessions', 'Group sessions', 'Group sessions held in the period.', Number(row?.sessions ?? 0)),
      measure(
        'attendancesNamed',
        'Attendances, named',
        'Attendances of participants recorded by name at group sessions in the period (one per participant per session).',
        named,
      ),
      measure(
        'attendancesAnonymous',
        'Attendances, anonymous',
        'Attendances counted without names at group sessions in the period.',
        Number(row?.anonymous ?? 0),
      ),
      {
        key: 'groups.hours',
        label: 'Group session hours',
        definition: 'The length of the group sessions held in the period, in hours (one decimal).',
        unit: 'hours',
        value: toHours(Number(row?.minutes ?? 0)),
      },
    ],
    tables: [],
  };
}
