// A report laid out as lines of cells, the way both spreadsheet formats show it: each section
// its measures, then each table with a header, its rows and its total. Suppressed cells carry
// the text the report shows ("<11", "suppressed"); numbers stay numbers.
import type { ColumnUnit, Report, ReportCell, ReportSection } from '../../../shared/api/reports';

export type GridValue = string | number | null;

export interface GridLine {
  kind: 'title' | 'header' | 'row' | 'total' | 'blank';
  cells: GridValue[];
  /** For rows: the unit of each cell after the label, to format numbers. */
  units?: ColumnUnit[];
}

export function cellValue(cell: ReportCell | undefined): GridValue {
  if (cell === undefined) return null;
  return cell.kind === 'value' ? cell.value : cell.shown;
}

export function sectionGrid(section: ReportSection): GridLine[] {
  const lines: GridLine[] = [
    { kind: 'title', cells: [section.title] },
    { kind: 'header', cells: ['Measure', 'Value'] },
    ...section.measures.map((measure): GridLine => ({
      kind: 'row',
      cells: [measure.label, cellValue(measure.cell)],
      units: [measure.unit],
    })),
  ];
  for (const table of section.tables) {
    const units = table.columns.map((column) => column.unit);
    const line = (kind: 'row' | 'total', label: string, cells: Record<string, ReportCell>): GridLine => ({
      kind,
      cells: [label, ...table.columns.map((column) => cellValue(cells[column.key]))],
      units,
    });
    lines.push(
      { kind: 'blank', cells: [] },
      { kind: 'title', cells: [table.title] },
      { kind: 'header', cells: ['', ...table.columns.map((column) => column.label)] },
      ...table.rows.map((row) => line('row', row.label, row.cells)),
      ...(table.total ? [line('total', table.total.label, table.total.cells)] : []),
    );
  }
  return lines;
}

/** What the "About this report" sheet and about.csv say, before the definitions. */
export function aboutLines(report: Report): Array<[string, GridValue | Date]> {
  return [
    ['Program', report.programName],
    ['Period', report.period.label],
    ['From', dayAsDate(report.period.from)],
    ['To', dayAsDate(report.period.to)],
    ['Generated at', new Date(report.generatedAt)],
    ['Threshold (t)', report.threshold],
    ['Small counts', report.suppressionNote],
    ['Names and identifiers', 'None: this report holds no names, contact details, dates of birth or internal ids.'],
  ];
}

export function definitionLines(report: Report): Array<[string, string, string]> {
  return report.sections.flatMap((section) =>
    [...section.measures, ...section.tables].map((entry): [string, string, string] => [
      'label' in entry ? entry.label : entry.title,
      entry.key,
      entry.definition,
    ]),
  );
}

/** A calendar day as the Date a spreadsheet stores for it (midnight UTC). */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
