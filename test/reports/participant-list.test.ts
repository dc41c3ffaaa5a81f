// The consent-gated participant list through the router on a real encrypted program: only
// participants whose release names the recipient and covers the purpose today are in the file;
// the others are named on screen with the reason; the export is audited with the consent ids.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ConsentFieldsInput } from '../../shared/api/consents';
import type { ExportedFile } from '../../shared/api/reports';
import { routedProgram } from '../helpers/routed-program';

const CLINIC = 'Eastside Family Clinic';
const PURPOSE = 'Coordinate care';

// The test clock stands at 2026-03-02: yesterday was 2026-03-01.
async function program() {
  const test = await routedProgram();
  const { call } = test;
  const releaseKind = (await call('consentKinds.list', {})).find((kind) => kind.code === 'release')!.id;
  const person = async (firstName: string, lastName: string, release: Partial<ConsentFieldsInput> | null) => {
    const created = await call('participants.create', {
      firstName,
      lastName,
      referralDate: '2026-01-15',
      birthDate: '1970-05-04',
      phone: '555 0100',
      preferences: {},
    });
    if (release) {
      await call('consents.create', {
        participantId: created.id,
        kindId: releaseKind,
        disclosingParty: 'Riverside Peers',
        information: 'Dates of contacts',
        recipients: `Dr. Ana Ruiz, ${CLINIC}`,
        purposes: ['Coordinate care with the clinic'],
        revocationTerms: 'In writing, at any time',
        expiresOn: '2027-01-31',
        signedOn: '2026-01-20',
        method: 'paper',
        ...release,
      });
    }
    return created.id;
  };
  const ids = {
    covered: await person('Ana', 'Covered', {}),
    formula: await person('=HYPERLINK("x")', 'Zed', {}),
    expired: await person('Ben', 'Expired', { expiresOn: '2026-03-01' }),
    revoked: await person('Cy', 'Revoked', {}),
    otherRecipient: await person('Dee', 'Elsewhere', { recipients: 'Westside Hospital' }),
    otherPurpose: await person('Eve', 'Research', { purposes: ['Research on outcomes'] }),
    incomplete: await person('Fay', 'Unsigned', { method: null }),
    none: await person('Gus', 'Nothing', null),
    closed: await person('Hal', 'Closed', {}),
  };
  const consents = await call('consents.list', { participantId: ids.revoked });
  await call('consents.revoke', {
    id: consents[0].id,
    revokedOn: '2026-02-15',
    revokedHow: 'By phone',
    recordedBy: 'Alex',
  });
  const reasons = await call('vocabulary.list', { kind: 'closure-reason' });
  await call('participants.changeStatus', {
    id: ids.closed,
    status: 'closed',
    on: '2026-02-01',
    closureReasonId: reasons[0].id,
  });
  return { ...test, ids };
}

const bytes = (file: ExportedFile | null) => Buffer.from(file!.dataBase64, 'base64');

describe('participant list for a recipient', () => {
  it('includes only participants whose release covers the recipient and purpose today, and names the rest', async () => {
    const { call } = await program();
    const preview = await call('exports.participantList.preview', { recipient: CLINIC, purpose: PURPOSE });
    expect(preview.included).toBe(2);
    expect(preview.leftOut.map((person) => [person.name, person.reason])).toEqual([
      ['Dee Elsewhere', `The release does not name ${CLINIC}`],
      ['Ben Expired', 'The release expired on 2026-03-01'],
      ['Gus Nothing', 'No release of information on file'],
      ['Eve Research', 'The release does not cover this purpose'],
      ['Cy Revoked', 'The release was revoked on 2026-02-15'],
      ['Fay Unsigned', 'The release is incomplete'],
    ]);
  });

  it('writes the XLSX with the names and chosen fields, neutralised, and audits the consent ids', async () => {
    const { call, session, ids } = await program();
    const result = await call('exports.participantList', {
      recipient: CLINIC,
      purpose: PURPOSE,
      fields: ['phone', 'birthDate'],
      format: 'xlsx',
    });
    expect(result.file?.fileName).toBe('PeerDesk-list-for-Eastside-Family-Clinic-2026-03-02.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes(result.file)).buffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.slice(0, 4)).toEqual([
      ['Recipient', CLINIC],
      ['Purpose', PURPOSE],
      ['Date', new Date('2026-03-02T00:00:00Z')],
      ['Included', 'Only participants whose release of information covers this recipient and purpose on this date'],
    ]);
    expect(rows.slice(4)).toEqual([
      // The fields in the list's own order, whatever order they were asked for.
      ['Name', 'Date of birth', 'Phone'],
      ['Ana Covered', new Date('1970-05-04T00:00:00Z'), '555 0100'],
      [`'=HYPERLINK("x") Zed`, new Date('1970-05-04T00:00:00Z'), '555 0100'],
    ]);

    const [entry] = await session
      .requireOpen()
      .dataSource.manager.query<Array<{ detail: string }>>(
        `SELECT detail FROM audit_log WHERE action = 'export.participant-list'`,
      );
    const consentIds = [];
    for (const id of [ids.covered, ids.formula])
      consentIds.push((await call('consents.list', { participantId: id }))[0].id);
    expect(JSON.parse(entry.detail)).toEqual({
      host: 'cli',
      recipient: CLINIC,
      purpose: PURPOSE,
      format: 'xlsx',
      fields: 'phone,birthDate',
      included: 2,
      leftOut: 6,
      consentIds: consentIds.join(','),
    });
    expect(entry.detail).not.toContain('Ana');
  });

  it('writes the CSV with a BOM, neutralised; without anyone covered, writes nothing', async () => {
    const { call, session } = await program();
    const csv = await call('exports.participantList', { recipient: CLINIC, purpose: PURPOSE, format: 'csv' });
    const text = bytes(csv.file).toString('utf8');
    expect(text.split('\r\n')).toEqual(['\uFEFFName', 'Ana Covered', `"'=HYPERLINK(""x"") Zed"`, '']);

    const nobody = await call('exports.participantList', { recipient: 'County Housing Office', purpose: PURPOSE });
    expect(nobody).toMatchObject({ included: 0, file: null });
    expect(nobody.leftOut).toHaveLength(8);
    const audited = await session
      .requireOpen()
      .dataSource.manager.query<unknown[]>(`SELECT 1 FROM audit_log WHERE action = 'export.participant-list'`);
    expect(audited).toHaveLength(1);
  });

  it('refuses a list without a recipient, naming the field', async () => {
    const { failure } = await program();
    const refused = await failure('exports.participantList', { recipient: ' ', purpose: PURPOSE });
    expect(refused.fieldErrors?.recipient).toEqual([
      'Enter the recipient named in the release, such as "Eastside Family Clinic".',
    ]);
  });
});
