// Builds a funder report: each chosen section's numbers from the database, then published with
// the program's threshold. Nothing in it names a person or carries an internal id.
import type { EntityManager } from 'typeorm';
import { addDays } from '../../../shared/api/days';
import { monthsOf, resolvePeriod } from '../../../shared/api/report-period';
import {
  reportSectionLabels,
  type Report,
  type ReportPeriodChoice,
  type ReportSectionKey,
  type ReportTable,
} from '../../../shared/api/reports';
import { getProgram } from '../services/program-store';
import { publishMeasure, publishTable } from './publish';
import type { RawSection, ReportScope, Sql } from './raw';
import { contactsSection } from './sections/contacts';
import { demographicsSection } from './sections/demographics';
import { fidelitySection } from './sections/fidelity';
import { groupsSection } from './sections/groups';
import { matchesSection } from './sections/matches';
import { reachSection } from './sections/reach';
import { referralsSection } from './sections/referrals';
import { workforceSection } from './sections/workforce';

const sectionQueries: Record<ReportSectionKey, (scope: ReportScope) => Promise<RawSection>> = {
  reach: reachSection,
  matches: matchesSection,
  contacts: contactsSection,
  referrals: referralsSection,
  groups: groupsSection,
  demographics: demographicsSection,
  workforce: workforceSection,
  fidelity: fidelitySection,
};

export interface ReportRequest {
  period: ReportPeriodChoice;
  sections: readonly ReportSectionKey[];
}

export function suppressionNote(threshold: number, applied: boolean): string {
  const rule = `Counts from 1 to ${threshold - 1} are shown as "<${threshold}" (threshold ${threshold}, following the CMS cell-size policy).`;
  return applied
    ? `${rule} Suppression was applied: cells marked "suppressed" are hidden so that a small count cannot be worked out from the totals, and percentages and medians from fewer than ${threshold} people or contacts are not shown. Zeros are shown.`
    : `${rule} No cell of this report needed suppression.`;
}

/** Row keys stay unique within a table (two regions may share a slug). */
function uniqueRowKeys(table: ReportTable): ReportTable {
  const seen = new Map<string, number>();
  const rows = table.rows.map((row) => {
    const n = (seen.get(row.key) ?? 0) + 1;
    seen.set(row.key, n);
    return n === 1 ? row : { ...row, key: `${row.key}-${n}` };
  });
  return { ...table, rows };
}

export function reportScope(
  sql: Sql,
  period: { from: string; to: string },
  supervisionCadenceDays: number,
): ReportScope {
  return {
    sql,
    from: period.from,
    to: period.to,
    toNext: addDays(period.to, 1),
    months: monthsOf(period),
    supervisionCadenceDays,
  };
}

export const sectionQuery = (key: ReportSectionKey) => sectionQueries[key];

export async function buildReport(
  manager: EntityManager,
  request: ReportRequest,
  now: Date,
  sql: Sql = (statement, parameters) => manager.query(statement, parameters),
): Promise<Report> {
  const program = await getProgram(manager);
  const period = resolvePeriod(request.period, now.toISOString().slice(0, 10));
  const threshold = program.reportThreshold;
  const scope = reportScope(sql, period, program.supervisionCadenceDays);
  const sections = [];
  // In the order of the report, whatever the order asked for.
  for (const key of Object.keys(sectionQueries) as ReportSectionKey[]) {
    if (!request.sections.includes(key)) continue;
    const raw = await sectionQueries[key](scope);
    sections.push({
      key,
      title: reportSectionLabels[key],
      measures: raw.measures.map((measure) => publishMeasure(measure, threshold)),
      tables: raw.tables.map((table) => uniqueRowKeys(publishTable(table, threshold))),
    });
  }
  const applied = sections.some(
    (section) =>
      section.tables.some((table) => table.suppressed) ||
      section.measures.some((measure) => measure.cell.kind === 'suppressed'),
  );
  return {
    programName: program.name,
    period,
    generatedAt: now.toISOString(),
    threshold,
    suppressionApplied: applied,
    suppressionNote: suppressionNote(threshold, applied),
    sections,
  };
}
