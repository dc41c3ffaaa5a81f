// The participant list as a file: XLSX (a heading block naming the recipient, the purpose and the
// day, then the list) or CSV (the list only; the recipient and day are in its name). Dates of
// birth and referral are date cells in XLSX; every text cell is neutralised.
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import {
  participantListFieldLabels,
  participantListFields,
  type ExportedFile,
  type ParticipantListField,
} from '../../../shared/api/reports';
import { exportCell } from '../export/neutralise';
import { fileNamePart } from '../export/file-name';
import { dayAsDate } from '../export/report-grid';
import type { ListedParticipant, ListRequest } from './participant-list';

const DATE_FIELDS: ReadonlySet<ParticipantListField> = new Set(['birthDate', 'referralDate']);

export async function renderParticipantList(
  request: ListRequest & { format: 'xlsx' | 'csv' },
  listed: ListedParticipant[],
): Promise<ExportedFile> {
  const fields = participantListFields.filter((field) => request.fields.includes(field));
  const header = ['Name', ...fields.map((field) => participantListFieldLabels[field])];
  const fileName = `PeerDesk-list-for-${fileNamePart(request.recipient, 'recipient')}-${request.day}.${request.format}`;
  if (request.format === 'csv') {
    const rows = listed.map((person) => [person.name, ...fields.map((field) => person.values[field] ?? null)]);
    const text = stringify(
      [header, ...rows].map((row) => row.map((cell) => exportCell(cell))),
      {
        bom: true,
        record_delimiter: 'windows',
      },
    );
    return { fileName, mimeType: 'text/csv', dataBase64: Buffer.from(text, 'utf8').toString('base64') };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PeerDesk';
  const sheet = workbook.addWorksheet('Participants');
  sheet.columns = header.map((_, i) => ({ width: i === 0 ? 32 : 22 }));
  for (const [label, value] of [
    ['Recipient', request.recipient],
    ['Purpose', request.purpose],
    ['Date', request.day],
    ['Included', 'Only participants whose release of information covers this recipient and purpose on this date'],
  ]) {
    const row = sheet.addRow([label, label === 'Date' ? dayAsDate(value) : exportCell(value)]);
    row.getCell(1).font = { bold: true };
    if (label === 'Date') row.getCell(2).numFmt = 'yyyy-mm-dd';
  }
  sheet.addRow([]);
  sheet.addRow(header).font = { bold: true };
  for (const person of listed) {
    const row = sheet.addRow([
      exportCell(person.name),
      ...fields.map((field) => {
        const value = person.values[field] ?? null;
        return DATE_FIELDS.has(field) && value !== null ? dayAsDate(value) : exportCell(value);
      }),
    ]);
    fields.forEach((field, i) => {
      if (DATE_FIELDS.has(field)) row.getCell(i + 2).numFmt = 'yyyy-mm-dd';
    });
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dataBase64: bytes.toString('base64'),
  };
}
