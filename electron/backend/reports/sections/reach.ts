// Reach: participants served, new referrals, intakes, the waiting list, and the wait from
// referral to a first match.
import { count, median, one, percentile, type RawSection, type ReportScope } from '../raw';
import { servedPeople } from './period-data';
import { statusOn } from './served';
import { formatMonth } from './months';

export async function reachSection(scope: ReportScope): Promise<RawSection> {
  const { sql, from, to } = scope;
  const served = await servedPeople(scope);
  const referrals = await one(sql, `SELECT COUNT(*) FROM participant WHERE referral_date BETWEEN ? AND ?`, [from, to]);
  const intakes = await one(
    sql,
    `SELECT COUNT(*) FROM (
       SELECT MIN(on_date) AS first_on FROM participant_status_change
       WHERE to_status IN ('waiting', 'matched') GROUP BY participant_id
     ) WHERE first_on BETWEEN ? AND ?`,
    [from, to],
  );
  const waiting = await one(
    sql,
    `SELECT COUNT(*) FROM participant p WHERE ${statusOn('participant_status_change', 'participant_id', 'p')} = 'waiting'`,
    [to, to],
  );
  const waits = (
    await sql(
      `SELECT CAST(julianday(m.started_on) - julianday(p.referral_date) AS INTEGER) AS days
       FROM peer_match m JOIN participant p ON p.id = m.participant_id
       WHERE m.started_on BETWEEN ? AND ? AND m.previous_match_id IS NULL`,
      [from, to],
    )
  ).map((row) => Number(row.days));
  return {
    measures: [
      {
        key: 'reach.participantsServed',
        label: 'Participants served',
        definition:
          'Participants with at least one contact (not counting attempts) or one group session attended in the period, each counted once.',
        unit: 'count',
        value: served.ids.size,
      },
      {
        key: 'reach.newReferrals',
        label: 'New referrals',
        definition: 'Participants whose referral date is in the period.',
        unit: 'count',
        value: referrals,
      },
      {
        key: 'reach.intakes',
        label: 'Intakes',
        definition:
          'Participants whose intake was completed in the period: the first time their status became waiting or matched.',
        unit: 'count',
        value: intakes,
      },
      {
        key: 'reach.waitingAtEnd',
        label: 'Waiting for a match at the end of the period',
        definition: 'Participants whose status on the last day of the period was waiting.',
        unit: 'count',
        value: waiting,
      },
      {
        key: 'reach.daysToMatchMedian',
        label: 'Days from referral to match, median',
        definition:
          'For first matches started in the period: the days from the participant’s referral date to the match’s start date; the middle value.',
        unit: 'days',
        value: median(waits),
        basedOn: waits.length,
      },
      {
        key: 'reach.daysToMatchP90',
        label: 'Days from referral to match, 90th percentile',
        definition:
          'For the same matches: the number of days within which nine in ten of them had started (nearest rank).',
        unit: 'days',
        value: percentile(waits, 90),
        basedOn: waits.length,
      },
    ],
    tables: [
      {
        key: 'reach.servedByMonth',
        title: 'Participants served by month',
        definition:
          'Participants with a contact or a group session attended in each month of the period. A participant served in several months is counted in each, so the months do not add up to the total served.',
        columns: [count('participants', 'Participants served')],
        rows: scope.months.map((month) => ({
          key: month,
          label: formatMonth(month),
          values: { participants: served.byMonth.get(month)?.size ?? 0 },
        })),
        totals: false,
      },
    ],
  };
}
