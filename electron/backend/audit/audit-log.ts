// The audit log: who opened the program and how, as a hash chain. Each entry's hash covers the
// previous hash, so an edited or removed entry breaks every link after it; the head row catches
// entries cut off the end.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditVerification } from '../../../shared/api/types';
import { AuditEntryEntity, AuditHeadEntity, type AuditEntryRow } from '../db/entities/audit-entry';

export type AuditAction =
  | 'program.setup'
  | 'program.demo'
  | 'unlock'
  | 'unlock.failed'
  | 'lock'
  | 'passphrase.change'
  | 'raw-key.export'
  | 'settings.update'
  | `${'participant' | 'peer-supporter'}.${'create' | 'update' | 'status' | 'archive' | 'restore' | 'view'}`
  | `vocabulary.${'add' | 'rename' | 'retire' | 'unretire' | 'delete' | 'need'}`
  | `consent.${'create' | 'update' | 'revoke' | 'scan.attach' | 'scan.remove' | 'scan.view' | 'form'}`
  | `consent-kind.${'add' | 'rename' | 'retire' | 'unretire'}`
  | `supervisor.${'add' | 'update' | 'retire' | 'unretire'}`
  | `supervision.${'create' | 'update' | 'view' | 'action.complete' | 'action.reopen'}`
  | `match.${'create' | 'start' | 'end' | 'view' | 'follow-up'}`
  | `do-not-match.${'add' | 'remove'}`
  | `contact.${'create' | 'update' | 'delete' | 'view' | 'concern.resolve'}`
  | `group.${'create' | 'update' | 'delete' | 'view'}`
  | `resource.${'add' | 'update' | 'retire' | 'unretire'}`
  | `report.${'export'}`
  | `funder-profile.${'add' | 'update' | 'delete'}`
  | 'export.participant-list'
  | `backup.${'create' | 'restore' | 'restore-test'}`;

export type AuditDetail = Record<string, string | number | boolean | null>;

export function entryHash(entry: Omit<AuditEntryRow, 'hash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([entry.prevHash, entry.seq, entry.at, entry.action, entry.detail]))
    .digest('hex');
}

/** Appends one entry; call inside the transaction of the change it records. */
export async function appendAudit(
  manager: EntityManager,
  action: AuditAction,
  detail: AuditDetail,
  at: Date,
): Promise<AuditEntryRow> {
  const head = await manager.findOneByOrFail(AuditHeadEntity, { id: 1 });
  const base = { seq: head.seq + 1, at: at.toISOString(), action, detail: JSON.stringify(detail), prevHash: head.hash };
  const entry: AuditEntryRow = { ...base, hash: entryHash(base) };
  await manager.insert(AuditEntryEntity, entry);
  await manager.update(AuditHeadEntity, { id: 1 }, { seq: entry.seq, hash: entry.hash });
  return entry;
}

/** Walks the chain in order and names the first entry that does not hold together. */
export async function verifyAuditChain(manager: EntityManager): Promise<AuditVerification> {
  const rows = await manager.find(AuditEntryEntity, { order: { seq: 'ASC' } });
  const head = await manager.findOneBy(AuditHeadEntity, { id: 1 });
  let prevHash = '';
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      return broken(rows.length, expectedSeq, `entry ${expectedSeq} is missing`);
    }
    if (row.prevHash !== prevHash) {
      return broken(rows.length, row.seq, `entry ${row.seq} does not link to the entry before it`);
    }
    if (entryHash(row) !== row.hash) {
      return broken(rows.length, row.seq, `entry ${row.seq} was changed after it was written`);
    }
    prevHash = row.hash;
    expectedSeq += 1;
  }
  if (!head || head.seq !== rows.length || head.hash !== prevHash) {
    return broken(rows.length, rows.length + 1, `entries after ${rows.length} are missing`);
  }
  return { intact: true, entries: rows.length };
}

function broken(entries: number, firstBrokenId: number, reason: string): AuditVerification {
  return { intact: false, entries, firstBrokenId, reason };
}
