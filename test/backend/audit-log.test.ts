// The audit chain notices an edited entry, a removed entry and entries cut off the end.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/backend/audit/audit-log';
import { openProgramDatabase } from '../../electron/backend/db/data-source';
import { newProgram, PASSPHRASE, rawConnection } from '../helpers/program';
import { verifyAudit } from '../../electron/backend/services/program-queries';

/** A program with a few audit entries, closed; returns a raw connection to tamper with it. */
async function tamperable() {
  const program = await newProgram();
  await program.session.lock('user');
  await program.session.unlock(PASSPHRASE);
  const key = await program.session.exportRawKey();
  await program.session.close();
  const file = path.join(program.dir, 'peerdesk.db');
  const db = rawConnection(file, key);
  const verify = async () => {
    const session = program.restart();
    await session.unlock(PASSPHRASE);
    return verifyAudit(session);
  };
  return { db, verify };
}

describe('audit log', () => {
  it('verifies an untouched chain', async () => {
    const { db, verify } = await tamperable();
    db.close();
    // setup, unlock, lock, unlock, raw-key.export, lock, then this unlock
    await expect(verify()).resolves.toEqual({ intact: true, entries: 7 });
  });

  it('refuses UPDATE and DELETE on the log itself', async () => {
    const { db } = await tamperable();
    expect(() => db.prepare(`UPDATE audit_log SET action = 'x' WHERE seq = 2`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    db.close();
  });

  it('names the first entry that was edited', async () => {
    const { db, verify } = await tamperable();
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET detail = '{"host":"somewhere else"}' WHERE seq = 3`).run();
    db.close();
    await expect(verify()).resolves.toMatchObject({
      intact: false,
      firstBrokenId: 3,
      reason: expect.stringContaining('changed'),
    });
  });

  it('names an entry that was deleted from the middle', async () => {
    const { db, verify } = await tamperable();
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    db.close();
    await expect(verify()).resolves.toMatchObject({
      intact: false,
      firstBrokenId: 2,
      reason: expect.stringContaining('missing'),
    });
  });

  it('notices entries cut off the end, through the head', async () => {
    const program = await newProgram();
    const key = await program.session.exportRawKey();
    await program.session.close();
    const file = path.join(program.dir, 'peerdesk.db');
    const db = rawConnection(file, key);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq >= 3').run();
    db.close();
    // Verified without an unlock, which would append an entry and leave a gap in the numbers:
    // what remains is a clean chain of two, and only the head knows there were four.
    const dataSource = await openProgramDatabase(file, Buffer.from(key, 'hex'), { create: false });
    try {
      await expect(verifyAuditChain(dataSource.manager)).resolves.toMatchObject({
        intact: false,
        firstBrokenId: 3,
        reason: expect.stringContaining('after 2'),
      });
    } finally {
      await dataSource.destroy();
    }
  });

  it('names an entry whose stored hash was replaced', async () => {
    const { db, verify } = await tamperable();
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET hash = 'f00d' WHERE seq = 6`).run();
    db.close();
    await expect(verify()).resolves.toMatchObject({ intact: false, firstBrokenId: 6 });
  });
});
