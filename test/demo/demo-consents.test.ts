// The demo program's consents: everyone has some, they agree with the people (referral dates,
// safe-contact answers), every status shows up on the demo's today, and each one read back is
// accepted by the shared schema the consent form uses.
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../shared/api/fields';
import {
  consentFieldsSchema,
  consentStatuses,
  type ConsentKindCode,
  type ConsentStatus,
} from '../../shared/api/consents';
import { consentStatus, missingElements } from '../../electron/backend/consents/consent-rules';
import { consentExpiringDays, consentFieldsOf, listConsents } from '../../electron/backend/consents/consents';
import { completeWhenWritten } from '../../electron/backend/db/migrations/0008-consent-complete';
import { generateDemoProgram } from '../../electron/backend/demo/generate';
import { getParticipant } from '../../electron/backend/people/participants';
import { newProgram } from '../helpers/program';

async function smallDemo(seed: number): Promise<{ manager: EntityManager; now: Date; consents: number }> {
  const program = await newProgram('Demo program (DEMO)');
  const { dataSource } = program.session.requireOpen();
  const now = program.clock.now();
  const summary = await dataSource.transaction((manager) => generateDemoProgram(manager, { size: 'small', seed, now }));
  return { manager: dataSource.manager, now, consents: summary.consents };
}

/** The form fields of a consent read back, as the edit form would send them. */
function formFields(record: object) {
  return Object.fromEntries(
    Object.keys(consentFieldsSchema.shape).map((key) => [key, (record as Record<string, unknown>)[key]]),
  );
}

describe('the demo consents', () => {
  it('give every participant consents that fit their record, in every status', async () => {
    const { manager, now, consents } = await smallDemo(7);
    const today = todayIso(now);
    const expiringDays = await consentExpiringDays(manager);
    const statuses: ConsentStatus[] = [];
    const ids = (await manager.query<{ id: number }[]>('SELECT id FROM participant')).map((row) => row.id);
    for (const id of ids) {
      const participant = await getParticipant(manager, id);
      const register = await listConsents(manager, id, now);
      expect(register.length).toBeGreaterThan(0);
      for (const consent of register) {
        const parsed = consentFieldsSchema.parse(formFields(consent));
        const revokedOn = consent.revocation?.revokedOn ?? null;
        const status = consentStatus({ kindCode: consent.kind.code, fields: parsed, revokedOn }, today, expiringDays);
        expect(status).toBe(consent.status);
        statuses.push(status);
        if (consent.signedOn !== null) {
          expect(consent.signedOn >= participant.referralDate && consent.signedOn <= today).toBe(true);
        }
        if (consent.revocation) {
          expect(consent.revocation.revokedOn > (consent.signedOn ?? '')).toBe(true);
          expect(consent.revocation.revokedOn <= today).toBe(true);
          expect(consent.revocation.recordedBy).toBe('Demo leader');
        }
        if (consent.signer === 'representative' && consent.status !== 'incomplete') {
          expect(consent.representativeName && consent.representativeRelationship).toBeTruthy();
        }
        if (consent.contactChannels.includes('text')) expect(participant.textsOk).toBe(true);
        if (consent.contactChannels.includes('voicemail')) expect(participant.voicemailOk).toBe(true);
        if (consent.contactChannels.includes('email')) expect(participant.email).not.toBe(null);
      }
    }
    expect(statuses.length).toBe(consents);
    expect([...new Set(statuses)].sort()).toEqual([...consentStatuses].sort());
    expect(statuses.filter((status) => status === 'active').length / statuses.length).toBeGreaterThan(0.5);
    const [{ n: scans }] = await manager.query<{ n: number }[]>('SELECT count(*) AS n FROM consent_scan');
    expect(scans).toBe(0);
  });

  it('includes the kinds a program records, releases naming a recipient, and representatives', async () => {
    const { manager } = await smallDemo(11);
    const rows = await manager.query<Array<{ code: string; n: number }>>(
      `SELECT k.code, count(DISTINCT c.participant_id) AS n FROM consent c JOIN consent_kind k ON k.id = c.kind_id
       GROUP BY k.code`,
    );
    const people = Object.fromEntries(rows.map((row) => [row.code, row.n]));
    expect(people.participation).toBeGreaterThan(140);
    expect(people.contact).toBeGreaterThan(60);
    expect(people.release).toBeGreaterThan(20);
    expect(people['deidentified-data']).toBeGreaterThan(20);
    const recipients = await manager.query<{ recipients: string }[]>(
      `SELECT recipients FROM consent JOIN consent_kind k ON k.id = kind_id WHERE k.code = 'release'`,
    );
    expect(recipients.some((row) => /^Dr\. .+, .+/.test(row.recipients))).toBe(true);
    expect(recipients.some((row) => /social worker/.test(row.recipients))).toBe(true);
    expect(
      recipients.some((row) =>
        /\((sister|brother|daughter|son|mother|father|husband|wife|partner)\)$/.test(row.recipients),
      ),
    ).toBe(true);
    const [{ n: byRepresentative }] = await manager.query<{ n: number }[]>(
      `SELECT count(*) AS n FROM consent WHERE signer = 'representative' AND representative_relationship IS NOT NULL`,
    );
    expect(byRepresentative).toBeGreaterThan(0);
  });
});

describe('the stored completeness of a consent', () => {
  it('agrees with the consent rules, and with the copy of them frozen in migration 0008', async () => {
    const { manager } = await smallDemo(5);
    const rows = await manager.query<Record<string, unknown>[]>(
      `SELECT c.*, k.code AS kind_code FROM consent c JOIN consent_kind k ON k.id = c.kind_id`,
    );
    let incomplete = 0;
    for (const row of rows) {
      const code = row.kind_code as ConsentKindCode | null;
      const complete = missingElements(code, consentFieldsOf(row)).length === 0;
      if (!complete) incomplete += 1;
      expect(row.complete === 1, `consent ${String(row.id)}`).toBe(complete);
      expect(completeWhenWritten(row), `consent ${String(row.id)}`).toBe(complete);
    }
    expect(incomplete).toBeGreaterThan(0);
  });
});
