// Audit log rows: append-only (triggers refuse UPDATE and DELETE), each hash-chained to the last.
import { EntitySchema } from 'typeorm';

export interface AuditEntryRow {
  seq: number;
  at: string;
  action: string;
  /** JSON object text; never holds passphrases, keys or people's records. */
  detail: string;
  prevHash: string;
  hash: string;
}

export const AuditEntryEntity = new EntitySchema<AuditEntryRow>({
  name: 'AuditEntry',
  tableName: 'audit_log',
  columns: {
    seq: { type: 'integer', primary: true },
    at: { type: 'text' },
    action: { type: 'text' },
    detail: { type: 'text' },
    prevHash: { type: 'text', name: 'prev_hash' },
    hash: { type: 'text' },
  },
});

/** The chain's head, kept apart so that cutting entries off the end is noticed too. */
export interface AuditHeadRow {
  id: number;
  seq: number;
  hash: string;
}

export const AuditHeadEntity = new EntitySchema<AuditHeadRow>({
  name: 'AuditHead',
  tableName: 'audit_head',
  columns: {
    id: { type: 'integer', primary: true },
    seq: { type: 'integer' },
    hash: { type: 'text' },
  },
});
