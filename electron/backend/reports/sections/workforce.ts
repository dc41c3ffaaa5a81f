// The peer workforce: active, newly trained, training hours, current certifications, volunteer
// hours, and each month's share of active peer supporters supervised within the cadence.
import { addDays } from '../../../../shared/api/days';
import { count, one, toHours, type RawSection, type ReportScope } from '../raw';
import { formatMonth } from './months';
import { periodContacts } from './period-data';
import { statusOn } from './served';

const ACTIVE_ON = `${statusOn('peer_status_change', 'peer_supporter_id', 'ps')} = 'active'`;

/** The last day of a month (YYYY-MM), or the period's last day when that comes first. */
function monthEnd(month: string, to: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  const last = addDays(next, -1);
  return last < to ? last : to;
}

export async function workforceSection(scope: ReportScope): Promise<RawSection> {
  const { sql, from, to } = scope;
  const cadence = scope.supervisionCadenceDays;
  const active = await one(sql, `SELECT COUNT(*) FROM peer_supporter ps WHERE ${ACTIVE_ON}`, [to, to]);
  const newlyTrained = await one(
    sql,
    `SELECT COUNT(*) FROM (SELECT MIN(on_date) AS first_on FROM peer_status_change
       WHERE to_status = 'active' GROUP BY peer_supporter_id) WHERE first_on BETWEEN ? AND ?`,
    [from, to],
  );
  const trainingHours = await one(
    sql,
    `SELECT COALESCE(SUM(hours), 0) FROM training_record WHERE on_date BETWEEN ? AND ?`,
    [from, to],
  );
  const certified = await one(
    sql,
    `SELECT COUNT(*) FROM peer_supporter ps WHERE ${ACTIVE_ON} AND EXISTS (
       SELECT 1 FROM certification c WHERE c.peer_supporter_id = ps.id AND c.issued_on <= ?
       AND (c.expires_on IS NULL OR c.expires_on >= ?))`,
    [to, to, to, to],
  );
  const contactMinutes = (await periodContacts(scope))
    .filter((cell) => !cell.isAttempt)
    .reduce((sum, cell) => sum + cell.volunteerMinutes, 0);
  const groupMinutes = await one(
    sql,
    `SELECT COALESCE(SUM(gs.duration_minutes), 0) FROM group_session gs
     JOIN group_facilitator gf ON gf.session_id = gs.id JOIN peer_supporter ps ON ps.id = gf.peer_supporter_id
     WHERE ps.engagement = 'volunteer' AND gs.held_on BETWEEN ? AND ?`,
    [from, to],
  );
  const volunteerMinutes = contactMinutes + groupMinutes;

  // Status histories and supervisions of the period, walked month by month in memory: a few
  // thousand rows, where a query per month and peer would be thousands of lookups.
  const changes = await sql(
    `SELECT peer_supporter_id AS peer, to_status AS status, on_date FROM peer_status_change
     WHERE on_date <= ? ORDER BY on_date, id`,
    [to],
  );
  const supervisions = await sql(
    `SELECT sa.peer_supporter_id AS peer, sn.held_on FROM supervision_attendee sa
     JOIN supervision_note sn ON sn.id = sa.note_id WHERE sn.held_on BETWEEN ? AND ? ORDER BY sn.held_on`,
    [addDays(from, -cadence), to],
  );
  const rows = scope.months.map((month) => {
    const end = monthEnd(month, to);
    const status = new Map<number, string>();
    for (const change of changes) {
      if (String(change.on_date) > end) break;
      status.set(Number(change.peer), String(change.status));
    }
    const activePeers = new Set([...status].filter(([, s]) => s === 'active').map(([peer]) => peer));
    const since = addDays(end, -cadence);
    const supervised = new Set(
      supervisions
        .filter(
          (row) => String(row.held_on) >= since && String(row.held_on) <= end && activePeers.has(Number(row.peer)),
        )
        .map((row) => Number(row.peer)),
    );
    const share = activePeers.size === 0 ? null : Math.round((supervised.size / activePeers.size) * 1000) / 10;
    return {
      key: month,
      label: formatMonth(month),
      values: { activePeers: activePeers.size, supervised: supervised.size, share },
    };
  });

  const measure = (key: string, label: string, definition: string, value: number, unit: 'count' | 'hours') => ({
    key: `workforce.${key}`,
    label,
    definition,
    unit,
    value,
  });
  return {
    measures: [
      measure(
        'active',
        'Active peer supporters',
        'Peer supporters whose status on the last day of the period was active.',
        active,
        'count',
      ),
      measure(
        'newlyTrained',
        'Newly trained peer supporters',
        'Peer supporters who became active for the first time in the period, having completed their training.',
        newlyTrained,
        'count',
      ),
      measure(
        'trainingHours',
        'Training hours',
        'Hours of training recorded for peer supporters in the period.',
        Math.round(trainingHours * 10) / 10,
        'hours',
      ),
      measure(
        'certificationsCurrent',
        'Active peer supporters with a current certification',
        'Active peer supporters holding, on the last day of the period, a certification issued by then and not expired.',
        certified,
        'count',
      ),
      measure(
        'volunteerHours',
        'Volunteer hours',
        'Contact hours of volunteer peer supporters in the period, plus the hours of the group sessions they facilitated.',
        toHours(volunteerMinutes),
        'hours',
      ),
    ],
    tables: [
      {
        key: 'workforce.supervisedByMonth',
        title: 'Peer supporters supervised within the cadence, by month',
        definition: `For each month: the peer supporters active on its last day (or the period's), how many of them had supervision in the ${cadence} days up to that day (the program's supervision cadence), and that share.`,
        columns: [
          count('activePeers', 'Active peer supporters'),
          count('supervised', 'Supervised within the cadence'),
          { key: 'share', label: 'Share supervised (%)', unit: 'percent' },
        ],
        rows,
        totals: false,
        derived: { share: { basis: 'supervised', denominator: 'activePeers' } },
      },
    ],
  };
}
