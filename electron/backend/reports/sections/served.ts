// Who a report counts as served: a participant with at least one contact (not an attempt) or
// one group attendance in the period. Several sections start from this set.
import type { ReportScope } from '../raw';

export const SERVED_SQL = `
  SELECT participant_id FROM contact WHERE is_attempt = 0 AND occurred_at >= ? AND occurred_at < ?
  UNION
  SELECT ga.participant_id FROM group_attendance ga JOIN group_session gs ON gs.id = ga.session_id
  WHERE gs.held_on BETWEEN ? AND ?`;

export const servedParameters = (scope: ReportScope): unknown[] => [scope.from, scope.toNext, scope.from, scope.to];

/** The latest status on or before a day, from a status-history table. */
export const statusOn = (table: string, personColumn: string, alias: string) => `
  (SELECT s.to_status FROM ${table} s WHERE s.${personColumn} = ${alias}.id AND s.on_date <= ?
   ORDER BY s.on_date DESC, s.id DESC LIMIT 1)`;
