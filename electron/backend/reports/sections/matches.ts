// Matches: started, ended by reason, active at the end, and how long ended matches lasted.
import { matchEndReasonLabels, matchEndReasons } from '../../../../shared/api/matching';
import { count, median, one, type RawSection, type ReportScope } from '../raw';

export async function matchesSection(scope: ReportScope): Promise<RawSection> {
  const { sql, from, to } = scope;
  const started = await one(sql, `SELECT COUNT(*) FROM peer_match WHERE started_on BETWEEN ? AND ?`, [from, to]);
  const active = await one(
    sql,
    `SELECT COUNT(*) FROM peer_match WHERE started_on <= ? AND (ended_on IS NULL OR ended_on > ?)`,
    [to, to],
  );
  const ended = await sql(
    `SELECT end_reason, CAST(julianday(ended_on) - julianday(started_on) AS INTEGER) AS days
     FROM peer_match WHERE status = 'ended' AND started_on IS NOT NULL AND ended_on BETWEEN ? AND ?`,
    [from, to],
  );
  const byReason = new Map<string, number>();
  for (const row of ended) byReason.set(String(row.end_reason), (byReason.get(String(row.end_reason)) ?? 0) + 1);
  const lengths = ended.map((row) => Number(row.days));

  return {
    measures: [
      {
        key: 'matches.started',
        label: 'Matches started',
        definition: 'Matches whose start date is in the period (first matches and re-matches).',
        unit: 'count',
        value: started,
      },
      {
        key: 'matches.ended',
        label: 'Matches ended',
        definition: 'Matches that had started and whose end date is in the period.',
        unit: 'count',
        value: ended.length,
      },
      {
        key: 'matches.activeAtEnd',
        label: 'Matches active at the end of the period',
        definition: 'Matches started on or before the last day of the period and not ended by then.',
        unit: 'count',
        value: active,
      },
      {
        key: 'matches.medianLengthDays',
        label: 'Length of ended matches, median (days)',
        definition: 'For matches ended in the period: the days from start to end; the middle value.',
        unit: 'days',
        value: median(lengths),
        basedOn: lengths.length,
      },
    ],
    tables: [
      {
        key: 'matches.endedByReason',
        title: 'Matches ended, by reason',
        definition: 'Matches that had started and ended in the period, by the reason recorded when they ended.',
        columns: [count('matches', 'Matches')],
        rows: matchEndReasons.map((reason) => ({
          key: reason,
          label: matchEndReasonLabels[reason],
          values: { matches: byReason.get(reason) ?? 0 },
        })),
        totals: true,
      },
    ],
  };
}
