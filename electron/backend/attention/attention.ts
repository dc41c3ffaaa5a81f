// What needs the leader today, gathered from the records: consents, supervision, action items,
// certifications, matches and their follow-ups, participants waiting, concerns raised.
// Supervision items and concerns say who and when, never what was written.
import type { EntityManager } from 'typeorm';
import {
  ATTENTION_ITEM_LIMIT,
  attentionKinds,
  type Attention,
  type AttentionItem,
  type AttentionKind,
  type AttentionNotice,
  RESTORE_TEST_EVERY_DAYS,
} from '../../../shared/api/attention';
import { addDays, daysBetween } from '../../../shared/api/days';
import { todayIso } from '../../../shared/api/fields';
import { CERTIFICATION_WARNING_DAYS } from '../../../shared/api/peer-supporters';
import { describeMissing } from '../../../shared/api/consents';
import { consentsNeedingAttention } from '../consents/consents';
import { cadenceOf, lastContactSql, matchPeople, matchPeopleSql } from '../matching/match-view';
import { displayNameOfRow } from '../people/person-columns';
import { getProgram, toSettings } from '../services/program-store';
import { nextDue, supervisionCadenceDays } from '../supervision/supervision-notes';

type Row = Record<string, unknown>;

async function consentItems(manager: EntityManager, now: Date): Promise<AttentionItem[]> {
  return (await consentsNeedingAttention(manager, now)).map(({ consent, participantName }) => {
    const kind: AttentionKind =
      consent.status === 'incomplete'
        ? 'consent-incomplete'
        : consent.status === 'expired'
          ? 'consent-expired'
          : 'consent-expiring';
    const detail =
      kind === 'consent-incomplete'
        ? `${consent.kind.label}: missing ${describeMissing(consent.missing)}`
        : `${consent.kind.label}: ${kind === 'consent-expired' ? 'expired' : 'expires'} ${consent.expiresOn}`;
    return {
      kind,
      person: { kind: 'participant', id: consent.participantId, name: participantName },
      path: `/participants/${consent.participantId}/consents/${consent.id}`,
      detail,
      dueOn: consent.expiresOn,
    };
  });
}

async function supervisionItems(manager: EntityManager, today: string): Promise<AttentionItem[]> {
  const cadence = await supervisionCadenceDays(manager);
  const rows = await manager.query<Row[]>(
    `SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.status, p.status_since,
       last.held_on, last.next_supervision_on
     FROM peer_supporter p
     LEFT JOIN supervision_note last ON last.id = (
       SELECT a.note_id FROM supervision_attendee a JOIN supervision_note n ON n.id = a.note_id
       WHERE a.peer_supporter_id = p.id ORDER BY n.held_on DESC, n.id DESC LIMIT 1)
     WHERE p.archived_at IS NULL AND p.status = 'active'`,
  );
  return rows.flatMap((row): AttentionItem[] => {
    const heldOn = (row.held_on as string | null) ?? null;
    const due = nextDue(
      { status: row.status as string, statusSince: row.status_since as string },
      heldOn === null ? null : { heldOn, nextSupervisionOn: (row.next_supervision_on as string | null) ?? null },
      cadence,
    );
    if (due === null || due >= today) return [];
    return [
      {
        kind: 'supervision-overdue',
        person: { kind: 'peer-supporter', id: row.id as number, name: displayNameOfRow(row) },
        path: `/peer-supporters/${row.id as number}`,
        detail: heldOn === null ? `Never supervised; due ${due}` : `Last supervised ${heldOn}; due ${due}`,
        dueOn: due,
      },
    ];
  });
}

async function actionItems(manager: EntityManager, today: string): Promise<AttentionItem[]> {
  // The first peer supporter of the note (alphabetically) stands for a group's note.
  const rows = await manager.query<Row[]>(
    `SELECT x.id, x.note_id, x.due_on, n.held_on, p.id AS peer_id, p.first_name, p.last_name, p.preferred_name
     FROM supervision_action x
     JOIN supervision_note n ON n.id = x.note_id
     JOIN peer_supporter p ON p.id = (
       SELECT a.peer_supporter_id FROM supervision_attendee a JOIN peer_supporter q ON q.id = a.peer_supporter_id
       WHERE a.note_id = x.note_id ORDER BY q.last_name, q.first_name LIMIT 1)
     WHERE x.completed_on IS NULL AND x.due_on < ?
     ORDER BY x.due_on, x.id`,
    [today],
  );
  return rows.map((row) => ({
    kind: 'action-overdue',
    person: { kind: 'peer-supporter', id: row.peer_id as number, name: displayNameOfRow(row) },
    path: `/peer-supporters/${row.peer_id as number}/supervision/${row.note_id as number}`,
    // What the item says, and whose it is, stay in the note: open it to see.
    detail: `Action item due ${row.due_on as string}, from the supervision of ${row.held_on as string}`,
    dueOn: row.due_on as string,
  }));
}

async function certificationItems(manager: EntityManager, today: string): Promise<AttentionItem[]> {
  const rows = await manager.query<Row[]>(
    `SELECT c.name, c.expires_on, p.id, p.first_name, p.last_name, p.preferred_name
     FROM certification c JOIN peer_supporter p ON p.id = c.peer_supporter_id
     WHERE p.archived_at IS NULL AND p.status IN ('in-training', 'active', 'on-leave')
       AND c.expires_on IS NOT NULL AND c.expires_on <= ?
     ORDER BY c.expires_on`,
    [addDays(today, CERTIFICATION_WARNING_DAYS)],
  );
  return rows.map((row) => {
    const expiresOn = row.expires_on as string;
    return {
      kind: 'certification-expiring',
      person: { kind: 'peer-supporter', id: row.id as number, name: displayNameOfRow(row) },
      path: `/peer-supporters/${row.id as number}`,
      detail: `${row.name as string}: ${expiresOn < today ? 'expired' : 'expires'} ${expiresOn}`,
      dueOn: expiresOn,
    };
  });
}

async function followUpItems(manager: EntityManager, today: string): Promise<AttentionItem[]> {
  const rows = await manager.query<Row[]>(
    `SELECT f.kind, f.due_from, f.due_on, m.id, m.participant_id, m.peer_supporter_id, m.started_on,
       ${matchPeopleSql.columns}
     FROM match_follow_up f JOIN peer_match m ON m.id = f.match_id ${matchPeopleSql.joins}
     WHERE f.completed_on IS NULL AND f.due_from <= ? AND m.status = 'active'
       AND (f.kind = 'fit-check' OR NOT EXISTS (
         SELECT 1 FROM contact c WHERE c.match_id = m.id AND c.is_attempt = 0))`,
    [today],
  );
  return rows.map((row): AttentionItem => {
    const { participant, peerSupporter } = matchPeople(row);
    const dueOn = row.due_on as string;
    const path = `/matches/${row.id as number}`;
    if (row.kind === 'fit-check') {
      const detail = dueOn < today ? `Fit check overdue: due by ${dueOn}` : `Fit check due by ${dueOn}`;
      return { kind: 'fit-check-due', person: { kind: 'participant', ...participant }, path, detail, dueOn };
    }
    return {
      kind: 'contact-reminder-due',
      person: { kind: 'peer-supporter', ...peerSupporter },
      path,
      detail: `No contact logged with ${participant.name} since the match started ${row.started_on as string}`,
      dueOn,
    };
  });
}

async function cadenceItems(manager: EntityManager, today: string): Promise<AttentionItem[]> {
  const schedule = toSettings(await getProgram(manager)).followUps;
  const rows = await manager.query<Row[]>(
    `SELECT * FROM (
       SELECT m.id, m.participant_id, m.peer_supporter_id, m.started_on, ${matchPeopleSql.columns},
         ${lastContactSql} AS last_contact
       FROM peer_match m ${matchPeopleSql.joins} WHERE m.status = 'active')
     WHERE max(started_on, ifnull(substr(last_contact, 1, 10), '')) <= ?`,
    [addDays(today, -schedule.cadenceAlertDays)],
  );
  return rows.map((row): AttentionItem => {
    const { participant, peerSupporter } = matchPeople(row);
    const lastContact = (row.last_contact as string | null) ?? null;
    const { days, state } = cadenceOf(row.started_on as string, lastContact, today, schedule);
    return {
      kind: 'match-cadence',
      person: { kind: 'peer-supporter', ...peerSupporter },
      path: `/matches/${row.id as number}`,
      detail: `${state === 'escalated' ? 'Escalated: no' : 'No'} contact for ${days} days with ${participant.name}`,
      // The day the alert was raised: the longest silences come first.
      dueOn: addDays(today, schedule.cadenceAlertDays - days),
    };
  });
}

async function waitingItems(manager: EntityManager, today: string): Promise<AttentionItem[]> {
  const rows = await manager.query<Row[]>(
    `SELECT id, first_name, last_name, preferred_name, status_since FROM participant
     WHERE archived_at IS NULL AND status = 'waiting'`,
  );
  return rows.map((row): AttentionItem => {
    const since = row.status_since as string;
    const days = daysBetween(since, today);
    return {
      kind: 'participant-waiting',
      person: { kind: 'participant', id: row.id as number, name: displayNameOfRow(row) },
      path: `/participants/${row.id as number}/match`,
      detail: `Waiting ${days} day${days === 1 ? '' : 's'}, since ${since}`,
      dueOn: since,
    };
  });
}

async function concernItems(manager: EntityManager): Promise<AttentionItem[]> {
  // The concern's text stays on the contact: open it to read.
  const rows = await manager.query<Row[]>(
    `SELECT c.occurred_at, c.match_id, c.participant_id, c.peer_supporter_id, ${matchPeopleSql.columns}
     FROM contact c JOIN participant pa ON pa.id = c.participant_id
     LEFT JOIN peer_supporter ps ON ps.id = c.peer_supporter_id
     WHERE c.concern_raised = 1 AND c.concern_resolved_on IS NULL`,
  );
  return rows.map((row): AttentionItem => {
    const { participant, peerSupporter } = matchPeople(row);
    const on = (row.occurred_at as string).slice(0, 10);
    const matchId = (row.match_id as number | null) ?? null;
    return {
      kind: 'concern-raised',
      person:
        row.peer_supporter_id === null
          ? { kind: 'participant', ...participant }
          : { kind: 'peer-supporter', ...peerSupporter },
      path: matchId === null ? `/participants/${participant.id}` : `/matches/${matchId}`,
      detail: `Concern raised ${on} about ${participant.name}`,
      dueOn: on,
    };
  });
}

export async function attention(manager: EntityManager, now: Date): Promise<Attention> {
  const today = todayIso(now);
  const all = [
    ...(await consentItems(manager, now)),
    ...(await supervisionItems(manager, today)),
    ...(await actionItems(manager, today)),
    ...(await certificationItems(manager, today)),
    ...(await followUpItems(manager, today)),
    ...(await cadenceItems(manager, today)),
    ...(await waitingItems(manager, today)),
    ...(await concernItems(manager)),
  ];
  const counts = Object.fromEntries(attentionKinds.map((kind) => [kind, 0])) as Attention['counts'];
  const items: AttentionItem[] = [];
  const byDue = (a: AttentionItem, b: AttentionItem) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '');
  for (const kind of attentionKinds) {
    const ofKind = all.filter((item) => item.kind === kind).sort(byDue);
    counts[kind] = ofKind.length;
    items.push(...ofKind.slice(0, ATTENTION_ITEM_LIMIT));
  }
  return { summary: await programSummary(manager, today), notices: await backupNotices(manager, now), counts, items };
}

/** Backups: none verified for the program's warning days; no restore test for 90 days. */
async function backupNotices(manager: EntityManager, now: Date): Promise<AttentionNotice[]> {
  const program = await getProgram(manager);
  const notices: AttentionNotice[] = [];
  const daysSince = (iso: string) => Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
  if (!program.lastBackupAt) {
    notices.push({
      kind: 'backup-overdue',
      message: 'There is no verified backup of this program yet.',
      path: '/backups',
    });
  } else if (daysSince(program.lastBackupAt) >= program.backupWarningDays) {
    notices.push({
      kind: 'backup-overdue',
      message: `No verified backup for ${daysSince(program.lastBackupAt)} days.`,
      path: '/backups',
    });
  }
  // A restore test is suggested once there is a backup to test.
  const tested = program.lastRestoreTest;
  if (program.lastBackupAt && (!tested || !tested.ok || daysSince(tested.at) >= RESTORE_TEST_EVERY_DAYS)) {
    notices.push({
      kind: 'restore-test-due',
      message: !tested
        ? 'A backup has never been test-restored: test one to be sure it opens.'
        : !tested.ok
          ? 'The last restore test failed: test the newest backup again.'
          : `The last restore test was ${daysSince(tested.at)} days ago: test the newest backup again.`,
      path: '/backups',
    });
  }
  return notices;
}

async function programSummary(manager: EntityManager, today: string): Promise<Attention['summary']> {
  const [row] = await manager.query<Array<{ waiting: number; active: number; contacts: number }>>(
    `SELECT
       (SELECT count(*) FROM participant WHERE status = 'waiting' AND archived_at IS NULL) AS waiting,
       (SELECT count(*) FROM peer_match WHERE status = 'active') AS active,
       (SELECT count(*) FROM contact WHERE occurred_at >= ? AND occurred_at < ? AND is_attempt = 0) AS contacts`,
    [`${today.slice(0, 8)}01`, addDays(today, 1)],
  );
  return { waiting: row.waiting, activeMatches: row.active, contactsThisMonth: row.contacts };
}
