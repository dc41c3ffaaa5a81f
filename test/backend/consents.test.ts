// The consent register through the router on a real encrypted program: elements, computed
// status, revocation, scans kept encrypted, the printable form, and the one decision on use.
import fs from 'node:fs';
import path from 'node:path';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { ConsentFieldsInput } from '../../shared/api/consents';
import { consentAllowsUse } from '../../electron/backend/consents/consents';
import { rawConnection } from '../helpers/program';
import { routedProgram } from '../helpers/routed-program';

async function program() {
  const test = await routedProgram();
  const { call } = test;
  const kinds = Object.fromEntries(
    (await call('consentKinds.list', {})).map((kind) => [kind.code ?? kind.label, kind.id]),
  );
  const participant = await call('participants.create', {
    firstName: 'Zoë',
    lastName: "O'Brien",
    referralDate: '2026-01-15',
    preferences: {},
  });
  return { ...test, kinds, participantId: participant.id };
}

// The test clock stands at 2026-03-02.
const release = (participantId: number, kindId: number, overrides: Partial<ConsentFieldsInput> = {}) =>
  ({
    participantId,
    kindId,
    disclosingParty: 'Riverside Peers',
    information: 'Dates of peer support contacts and referrals made',
    recipients: 'Dr. Ana Ruiz, Eastside Family Clinic',
    purposes: ['Coordinate care with the clinic'],
    revocationTerms: 'In writing to the program leader, at any time',
    expiresOn: '2027-01-31',
    signer: 'participant',
    signedOn: '2026-02-20',
    method: 'paper',
    ...overrides,
  }) satisfies ConsentFieldsInput;

describe('consents', () => {
  it('records a release of information with every element: active, nothing missing', async () => {
    const { call, kinds, participantId } = await program();
    const consent = await call('consents.create', release(participantId, kinds.release));
    expect(consent).toMatchObject({
      status: 'active',
      missing: [],
      kind: { code: 'release', label: 'Release of information' },
      recipients: 'Dr. Ana Ruiz, Eastside Family Clinic',
      revocation: null,
      scan: null,
    });
    expect((await call('consents.list', { participantId })).map((c) => c.id)).toEqual([consent.id]);
  });

  it('names each missing element, and a consent without expiry is incomplete', async () => {
    const { call, kinds, participantId } = await program();
    const noExpiry = await call('consents.create', release(participantId, kinds.release, { expiresOn: null }));
    expect(noExpiry).toMatchObject({ status: 'incomplete', missing: ['expiry'] });
    const byEvent = await call('consents.update', {
      id: noExpiry.id,
      fields: release(participantId, kinds.release, { expiresOn: null, expiryEvent: 'the end of the match' }),
    });
    expect(byEvent).toMatchObject({ status: 'active', missing: [] });
    const bare = await call('consents.create', {
      participantId,
      kindId: kinds.contact,
      signer: 'representative',
      method: 'verbal-witnessed',
    });
    expect(bare.missing).toEqual([
      'disclosingParty',
      'information',
      'recipients',
      'purposes',
      'contactChannels',
      'revocationTerms',
      'expiry',
      'representative',
      'signedOn',
      'witness',
    ]);
  });

  it('is expiring soon within the setting, then expired, as days pass', async () => {
    const { call, kinds, participantId, clock } = await program();
    const consent = await call('consents.create', release(participantId, kinds.release, { expiresOn: '2026-03-20' }));
    expect(consent.status).toBe('expiring-soon');
    await call('settings.update', { consentExpiringDays: 10 });
    expect((await call('consents.list', { participantId }))[0]?.status).toBe('active');
    clock.advance(8 * 86_400_000);
    expect((await call('consents.list', { participantId }))[0]?.status).toBe('expiring-soon');
    clock.advance(11 * 86_400_000);
    expect((await call('consents.list', { participantId }))[0]?.status).toBe('expired');
  });

  it('revokes a consent with date, how and who; a revoked consent is kept as it was', async () => {
    const { call, failure, kinds, participantId } = await program();
    const consent = await call('consents.create', release(participantId, kinds.release));
    const early = await failure('consents.revoke', {
      id: consent.id,
      revokedOn: '2026-02-01',
      revokedHow: 'By phone',
      recordedBy: 'Alex Leader',
    });
    expect(early.fieldErrors).toHaveProperty('revokedOn');
    const revoked = await call('consents.revoke', {
      id: consent.id,
      revokedOn: '2026-03-01',
      revokedHow: 'In writing',
      recordedBy: 'Alex Leader',
    });
    expect(revoked).toMatchObject({
      status: 'revoked',
      revocation: { revokedOn: '2026-03-01', revokedHow: 'In writing', recordedBy: 'Alex Leader' },
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]).toString('base64');
    await call('consents.attachScan', { id: consent.id, fileName: 'signed.png', dataBase64: png });
    const edit = await failure('consents.update', { id: consent.id, fields: release(participantId, kinds.release) });
    expect((await failure('consents.removeScan', { id: consent.id })).message).toMatch(/stays on file/);
    expect(
      (await failure('consents.attachScan', { id: consent.id, fileName: 'other.png', dataBase64: png })).message,
    ).toMatch(/cannot be replaced/);
    expect(edit.message).toMatch(/revoked consent is kept/);
    expect(
      (await failure('consents.revoke', { id: consent.id, revokedOn: '2026-03-02', revokedHow: 'x', recordedBy: 'y' }))
        .message,
    ).toMatch(/already revoked/);
  });

  it('refuses bad input with the field named, and saves nothing', async () => {
    const { failure, call, kinds, participantId } = await program();
    const future = await failure('consents.create', release(participantId, kinds.release, { signedOn: '2099-01-01' }));
    expect(future.fieldErrors?.signedOn).toEqual(['This date is in the future.']);
    const backwards = await failure(
      'consents.create',
      release(participantId, kinds.release, { expiresOn: '2026-01-01' }),
    );
    expect(backwards.fieldErrors?.expiresOn).toEqual(['It cannot expire before it was signed.']);
    expect(await call('consents.list', { participantId })).toEqual([]);
  });

  it('keeps a PDF, PNG or JPEG scan inside the encrypted database, and refuses anything else', async () => {
    const { call, failure, kinds, participantId, session, dir } = await program();
    const consent = await call('consents.create', release(participantId, kinds.release));
    const marker = 'SCAN-MARKER-7f3a9c';
    const pdf = Buffer.from(`%PDF-1.4\n% ${marker}\n%%EOF\n`);
    const attached = await call('consents.attachScan', {
      id: consent.id,
      fileName: 'signed.pdf',
      dataBase64: pdf.toString('base64'),
    });
    expect(attached.scan).toMatchObject({ fileName: 'signed.pdf', mimeType: 'application/pdf', sizeBytes: pdf.length });
    const back = await call('consents.scan', { id: consent.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(pdf)).toBe(true);

    const text = await failure('consents.attachScan', {
      id: consent.id,
      fileName: 'notes.txt',
      dataBase64: Buffer.from('just some text').toString('base64'),
    });
    expect(text.message).toBe('notes.txt is not a PDF, PNG or JPEG file.');
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    big.write('%PDF-1.4');
    const tooBig = await failure('consents.attachScan', {
      id: consent.id,
      fileName: 'huge.pdf',
      dataBase64: big.toString('base64'),
    });
    expect(tooBig.message).toMatch(/huge\.pdf is larger than 10 MB/);
    expect((await call('consents.list', { participantId }))[0]?.scan?.fileName).toBe('signed.pdf');

    // On disk, the scan is encrypted with everything else.
    const key = await session.exportRawKey();
    await session.lock('user');
    for (const file of fs.readdirSync(dir)) {
      expect(fs.readFileSync(path.join(dir, file)).includes(marker), file).toBe(false);
    }
    const db = rawConnection(path.join(dir, 'peerdesk.db'), key);
    expect(db.prepare('SELECT mime_type FROM consent_scan').pluck().get()).toBe('application/pdf');
    db.close();
  });

  it('prints a consent form whose text holds the participant, the recipient and the program', async () => {
    const { call, kinds, participantId } = await program();
    const consent = await call('consents.create', release(participantId, kinds.release, { expiresOn: null }));
    const form = await call('consents.form', { id: consent.id });
    expect(form.fileName).toBe(`consent-${consent.id}-release.pdf`);
    const pdf = Buffer.from(form.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    expect(text).toContain("Zoë O'Brien");
    expect(text).toContain('Dr. Ana Ruiz, Eastside Family Clinic');
    expect(text).toContain('Riverside Peers');
    expect(text).toContain('To complete before signing: an expiry date or event.');
  });

  it('decides whether a consent allows a use: kind, channel or recipient, and the day', async () => {
    const { call, kinds, participantId, session } = await program();
    const manager = session.requireOpen().dataSource.manager;
    const allows = (use: Parameters<typeof consentAllowsUse>[1]['use'], day = '2026-03-02') =>
      consentAllowsUse(manager, { participantId, use, day });
    expect(await allows({ purpose: 'contact', channel: 'text' })).toBe(false);
    const contact = await call('consents.create', {
      ...release(participantId, kinds.contact),
      contactChannels: ['text'],
    });
    expect(contact.status).toBe('active');
    expect(await allows({ purpose: 'contact', channel: 'text' })).toBe(true);
    expect(await allows({ purpose: 'contact', channel: 'voicemail' })).toBe(false);
    expect(await allows({ purpose: 'contact', channel: 'text' }, '2026-02-19')).toBe(false);
    expect(await allows({ purpose: 'contact', channel: 'text' }, '2027-02-01')).toBe(false);
    expect((await call('consents.overview', { participantId })).contactAllowed).toEqual({
      text: true,
      voicemail: false,
      email: false,
    });

    await call('consents.create', release(participantId, kinds.release));
    expect(await allows({ purpose: 'release', recipient: 'eastside family clinic' })).toBe(true);
    expect(await allows({ purpose: 'release', recipient: 'County Housing Office' })).toBe(false);
    expect(await allows({ purpose: 'release', recipient: 'Dr. Ana Ruiz' })).toBe(true);
    // Part of a word, a lone title, or words from two different entries name nobody.
    for (const recipient of ['Ruiz Clinic', 'Dr', 'A', 'clin', 'Eastside Hospital']) {
      expect(await allows({ purpose: 'release', recipient }), recipient).toBe(false);
    }
    // A purpose asked about must be covered by one of the release's purposes, word for word.
    const clinic = 'Eastside Family Clinic';
    expect(await allows({ purpose: 'release', recipient: clinic, for: 'coordinate care' })).toBe(true);
    expect(await allows({ purpose: 'release', recipient: clinic, for: 'Coordinate care with the clinic' })).toBe(true);
    for (const purpose of ['research', 'fundraising care', 'co', 'Coordinate housing']) {
      expect(await allows({ purpose: 'release', recipient: clinic, for: purpose }), purpose).toBe(false);
    }
    expect(await allows({ purpose: 'research' })).toBe(false);

    await call('consents.revoke', {
      id: contact.id,
      revokedOn: '2026-03-02',
      revokedHow: 'By phone',
      recordedBy: 'Alex',
    });
    expect(await allows({ purpose: 'contact', channel: 'text' })).toBe(false);
    expect(await allows({ purpose: 'contact', channel: 'text' }, '2026-03-01')).toBe(true);
  });

  it('adds, renames and retires the program’s own kinds; PeerDesk’s kinds stay as they are', async () => {
    const { call, failure, kinds, participantId } = await program();
    const own = await call('consentKinds.add', { label: 'Peer group photo release' });
    expect(own).toMatchObject({ code: null, retired: false, usage: 0 });
    expect((await failure('consentKinds.add', { label: 'peer group PHOTO release' })).fieldErrors).toHaveProperty(
      'label',
    );
    const renamed = await call('consentKinds.rename', { id: own.id, label: 'Group photo release' });
    expect(renamed.label).toBe('Group photo release');
    expect((await failure('consentKinds.rename', { id: kinds.release, label: 'ROI' })).message).toMatch(
      /PeerDesk's own/,
    );
    await call('consentKinds.setRetired', { id: own.id, retired: true });
    const refused = await failure('consents.create', release(participantId, own.id));
    expect(refused.fieldErrors).toHaveProperty('kindId');
  });

  it('audits every change, scan view and printed form by id only', async () => {
    const { call, kinds, participantId, session } = await program();
    const consent = await call('consents.create', release(participantId, kinds.release));
    await call('consents.attachScan', {
      id: consent.id,
      fileName: 'scan.png',
      dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]).toString('base64'),
    });
    await call('consents.scan', { id: consent.id });
    await call('consents.form', { id: consent.id });
    await call('consents.revoke', {
      id: consent.id,
      revokedOn: '2026-03-02',
      revokedHow: 'In writing',
      recordedBy: 'Alex',
    });
    const rows = await session
      .requireOpen()
      .dataSource.manager.query<{ action: string; detail: string }[]>(
        `SELECT action, detail FROM audit_log WHERE action LIKE 'consent%' ORDER BY seq`,
      );
    expect(rows.map((row) => row.action)).toEqual([
      'consent.create',
      'consent.scan.attach',
      'consent.scan.view',
      'consent.form',
      'consent.revoke',
    ]);
    for (const row of rows) expect(JSON.parse(row.detail)).toEqual({ host: 'cli', id: consent.id });
  });
});
