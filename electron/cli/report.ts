// `peerdesk report`: a funder report for custom dates, written to a file in JSON, XLSX, CSV (a
// zip of one file per section) or PDF, through the same channel (and audit entry) as the app.
import path from 'node:path';
import { reportExportInput, reportFormats, reportSections, type ReportExportInput } from '../../shared/api/reports';
import { writeFileAtomic } from '../backend/crypto/atomic-write';
import { CliError } from './cli-error';
import type { CliBackend, CommandContext } from './commands';

export interface ReportRequest {
  input: ReportExportInput;
  out: string;
}

export function reportRequest(values: {
  from?: string;
  to?: string;
  format?: string;
  out?: string;
  sections?: string;
}): ReportRequest {
  if (!values.from || !values.to) throw new CliError('report needs --from YYYY-MM-DD and --to YYYY-MM-DD', 2);
  if (!values.out) throw new CliError('report needs --out FILE', 2);
  const input = {
    period: { kind: 'custom' as const, from: values.from, to: values.to },
    format: (values.format ?? 'json') as ReportExportInput['format'],
    ...(values.sections === undefined
      ? {}
      : { sections: values.sections.split(',').map((s) => s.trim()) as ReportExportInput['sections'] }),
  };
  // Checked here too, so that a mistyped date costs no passphrase.
  const parsed = reportExportInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // period.from / period.to name their own flags; format and sections.N theirs.
    const flag = issue?.path[0] === 'period' ? issue.path.at(-1) : issue?.path[0];
    throw new CliError(`--${String(flag)}: ${issue?.message ?? 'not valid'}`, 2);
  }
  return { input, out: path.resolve(values.out) };
}

export async function report(backend: CliBackend, context: CommandContext, request: ReportRequest): Promise<void> {
  await backend.unlock(context);
  const file = await backend.call('reports.export', request.input);
  try {
    await writeFileAtomic(request.out, Buffer.from(file.dataBase64, 'base64'));
  } catch (error) {
    throw new CliError(`Cannot write ${request.out}: ${(error as Error).message}`);
  }
  context.out(`Report written to ${request.out}`);
}

export const reportUsage = `  report --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--format ${reportFormats.join('|')}] [--sections ${reportSections.join(',')}]
                                                   a funder report (de-identified, small counts suppressed)`;
