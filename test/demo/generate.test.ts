// The demo-program generator on a real encrypted program: counts, determinism for a seed (the
// consents included), diverse names, and every record valid under the shared schemas the forms use.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { participantFieldsSchema } from '../../shared/api/participants';
import { certificationInput, peerSupporterFieldsSchema, trainingRecordInput } from '../../shared/api/peer-supporters';
import { verifyAuditChain } from '../../electron/backend/audit/audit-log';
import { generateDemoProgram, type DemoSummary } from '../../electron/backend/demo/generate';
import { getParticipant } from '../../electron/backend/people/participants';
import { getPeerSupporter } from '../../electron/backend/people/peer-supporters';
import { newProgram, type TestProgram } from '../helpers/program';

async function demoProgram(seed: number): Promise<{ program: TestProgram; summary: DemoSummary }> {
  const program = await newProgram('Demo program (DEMO)');
  const { dataSource } = program.session.requireOpen();
  const summary = await dataSource.transaction((manager) =>
    generateDemoProgram(manager, { size: 'small', seed, now: program.clock.now() }),
  );
  return { program, summary };
}

const managerOf = (program: TestProgram): EntityManager => program.session.requireOpen().dataSource.manager;

async function digest(manager: EntityManager): Promise<string> {
  const hash = createHash('sha256');
  const tables = ['participant', 'participant_term', 'participant_status_change', 'peer_supporter', 'certification'];
  for (const table of [...tables, 'peer_supporter_term', 'peer_status_change', 'training_record', 'consent']) {
    hash.update(JSON.stringify(await manager.query(`SELECT * FROM ${table} ORDER BY 1, 2, 3`)));
  }
  return hash.digest('hex');
}

/** The form fields of a record read back, as the edit form would send them. */
function formFields(record: object, shape: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(shape).map((key) => [key, (record as Record<string, unknown>)[key]]));
}

const count = async (manager: EntityManager, sql: string) => (await manager.query<{ n: number }[]>(sql))[0].n;

describe('the demo program generator', () => {
  it('writes 30 peer supporters and 150 participants with a realistic mix', async () => {
    const { program, summary } = await demoProgram(7);
    const manager = managerOf(program);
    expect(summary).toMatchObject({ peerSupporters: 30, participants: 150 });
    expect(await count(manager, 'SELECT count(*) AS n FROM participant')).toBe(150);
    expect(await count(manager, 'SELECT count(*) AS n FROM peer_supporter')).toBe(30);
    const statuses = await manager.query<{ status: string }[]>('SELECT DISTINCT status FROM participant');
    expect(statuses.map((row) => row.status).sort()).toEqual(['closed', 'matched', 'referred', 'waiting']);
    expect(await count(manager, 'SELECT count(*) AS n FROM participant WHERE archived_at IS NOT NULL')).toBeGreaterThan(
      0,
    );
    expect(await count(manager, 'SELECT count(*) AS n FROM participant WHERE is_caregiver = 1')).toBeGreaterThan(5);
    const reopened = `SELECT count(*) AS n FROM participant_status_change WHERE from_status = 'closed'`;
    expect(await count(manager, reopened)).toBeGreaterThan(0);
    expect(await count(manager, `SELECT count(*) AS n FROM peer_supporter WHERE status = 'on-leave'`)).toBeGreaterThan(
      0,
    );
    expect(await count(manager, 'SELECT count(DISTINCT region) AS n FROM participant')).toBeGreaterThanOrEqual(5);
    expect(await count(manager, `SELECT count(*) AS n FROM participant_term WHERE role = 'language'`)).toBeGreaterThan(
      150,
    );
    expect((await verifyAuditChain(manager)).intact).toBe(true);
  });

  it('gives the same records for the same seed, and different ones for another', async () => {
    const first = await digest(managerOf((await demoProgram(7)).program));
    const again = await digest(managerOf((await demoProgram(7)).program));
    const other = await digest(managerOf((await demoProgram(8)).program));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('invents diverse names: accents, hyphens and apostrophes', async () => {
    const manager = managerOf((await demoProgram(7)).program);
    const names = (
      await manager.query<{ name: string }[]>(
        `SELECT first_name || ' ' || last_name AS name FROM participant
         UNION ALL SELECT first_name || ' ' || last_name FROM peer_supporter`,
      )
    ).map((row) => row.name);
    expect(names.some((name) => /[À-ÿĀ-ſƠ-ưḀ-ỿ]/.test(name))).toBe(true);
    expect(names.some((name) => /\p{L}-\p{L}/u.test(name))).toBe(true);
    expect(names.some((name) => /\p{L}'\p{L}/u.test(name))).toBe(true);
    expect(new Set(names).size).toBeGreaterThan(160);
  });

  it('writes only records that the shared schemas accept', async () => {
    const { program } = await demoProgram(11);
    const manager = managerOf(program);
    const now = program.clock.now();
    const ids = async (table: string) =>
      (await manager.query<{ id: number }[]>(`SELECT id FROM ${table}`)).map((r) => r.id);
    for (const id of await ids('participant')) {
      const participant = await getParticipant(manager, id);
      expect(participantFieldsSchema.safeParse(formFields(participant, participantFieldsSchema.shape)).error).toBe(
        undefined,
      );
      expect(participant.history.at(-1)).toMatchObject({ from: null, to: 'referred' });
    }
    let expiringSoon = 0;
    for (const id of await ids('peer_supporter')) {
      const peer = await getPeerSupporter(manager, id, now);
      expect(peerSupporterFieldsSchema.safeParse(formFields(peer, peerSupporterFieldsSchema.shape)).error).toBe(
        undefined,
      );
      for (const record of peer.training) {
        const { topicId, on, hours, trainer } = record;
        expect(trainingRecordInput.safeParse({ peerSupporterId: id, topicId, on, hours, trainer }).success).toBe(true);
      }
      for (const certification of peer.certifications) {
        const { name, issuedOn, expiresOn } = certification;
        expect(certificationInput.safeParse({ peerSupporterId: id, name, issuedOn, expiresOn }).success).toBe(true);
        if (certification.expiringSoon) expiringSoon += 1;
      }
    }
    expect(expiringSoon).toBeGreaterThan(0);
  });
});
