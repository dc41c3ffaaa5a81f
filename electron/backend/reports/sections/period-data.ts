// The period's contacts, read once for every section that counts them: a year of a large
// program is some 60,000 contacts and attempts, and each pass over them costs about as much as
// the rest of the report.
import type { ReportScope, Row } from '../raw';

export interface ContactCell {
  month: string;
  modality: string;
  isAttempt: boolean;
  contacts: number;
  minutes: number;
  concerns: number;
  fidelityRecorded: number;
  volunteerMinutes: number;
  /** The key functions these contacts served (each of them all of these). */
  functions: string[];
}

export interface ServedPeople {
  ids: Set<number>;
  /** Participants served in each month (YYYY-MM). */
  byMonth: Map<string, Set<number>>;
  /** Contacts (not attempts) per participant in the period. */
  contacts: Map<number, number>;
}

const cache = new WeakMap<ReportScope, { contacts?: Promise<ContactCell[]>; served?: Promise<ServedPeople> }>();

function cached<K extends 'contacts' | 'served'>(
  scope: ReportScope,
  key: K,
  load: () => NonNullable<ReturnType<typeof cache.get>>[K],
) {
  const entry = cache.get(scope) ?? {};
  cache.set(scope, entry);
  entry[key] ??= load();
  return entry[key]!;
}

export function periodContacts(scope: ReportScope): Promise<ContactCell[]> {
  return cached(scope, 'contacts', async () => {
    const period = [scope.from, scope.toNext];
    // Grouped by the functions' JSON itself: a few dozen combinations, read in one pass.
    const rows = await scope.sql(
      `SELECT substr(occurred_at, 1, 7) AS month, modality, is_attempt, functions, COUNT(*) AS n,
         COALESCE(SUM(duration_minutes), 0) AS minutes, SUM(concern_raised) AS concerns,
         SUM(fidelity_items <> '[]') AS fidelity_recorded,
         COALESCE(SUM(CASE WHEN peer_supporter_id IN (SELECT id FROM peer_supporter WHERE engagement = 'volunteer')
           THEN duration_minutes END), 0) AS volunteer_minutes
       FROM contact WHERE occurred_at >= ? AND occurred_at < ?
       GROUP BY month, modality, is_attempt, functions`,
      period,
    );
    return rows.map((row: Row) => ({
      month: String(row.month),
      modality: String(row.modality),
      isAttempt: Number(row.is_attempt) === 1,
      functions: JSON.parse(String(row.functions)) as string[],
      contacts: Number(row.n),
      minutes: Number(row.minutes),
      concerns: Number(row.concerns),
      fidelityRecorded: Number(row.fidelity_recorded),
      volunteerMinutes: Number(row.volunteer_minutes),
    }));
  });
}

/** Contacts (not attempts) of the period that delivered each fidelity item. */
export async function fidelityDelivered(scope: ReportScope): Promise<Map<string, number>> {
  const rows = await scope.sql(
    `SELECT fidelity_items, COUNT(*) AS n FROM contact
     WHERE occurred_at >= ? AND occurred_at < ? AND is_attempt = 0 AND fidelity_items <> '[]'
     GROUP BY fidelity_items`,
    [scope.from, scope.toNext],
  );
  const delivered = new Map<string, number>();
  for (const row of rows) {
    for (const item of JSON.parse(String(row.fidelity_items)) as string[]) {
      delivered.set(item, (delivered.get(item) ?? 0) + Number(row.n));
    }
  }
  return delivered;
}

/** Who a report counts as served: a contact (not an attempt) or a group attended in the period. */
export function servedPeople(scope: ReportScope): Promise<ServedPeople> {
  return cached(scope, 'served', async () => {
    const rows = await scope.sql(
      `SELECT participant_id, substr(occurred_at, 1, 7) AS month, COUNT(*) AS contacts FROM contact
       WHERE occurred_at >= ? AND occurred_at < ? AND is_attempt = 0 GROUP BY participant_id, month
       UNION ALL
       SELECT ga.participant_id, substr(gs.held_on, 1, 7), 0 FROM group_attendance ga
       JOIN group_session gs ON gs.id = ga.session_id WHERE gs.held_on BETWEEN ? AND ?`,
      [scope.from, scope.toNext, scope.from, scope.to],
    );
    const served: ServedPeople = { ids: new Set(), byMonth: new Map(), contacts: new Map() };
    for (const row of rows) {
      const id = Number(row.participant_id);
      const month = String(row.month);
      served.ids.add(id);
      if (!served.byMonth.has(month)) served.byMonth.set(month, new Set());
      served.byMonth.get(month)!.add(id);
      served.contacts.set(id, (served.contacts.get(id) ?? 0) + Number(row.contacts));
    }
    return served;
  });
}

/** The served participants' ids as one JSON parameter, for `json_each(?)`. */
export const servedIdsParameter = (served: ServedPeople) => JSON.stringify([...served.ids]);
