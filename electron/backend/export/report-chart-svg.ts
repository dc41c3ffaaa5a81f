// A report chart as SVG, drawn by Vega-Lite in Node (no browser, no canvas), from the table the
// chart belongs to: a suppressed count has no bar, only its label ("<11").
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ReportChartSpec } from '../../../shared/api/report-charts';
import type { ReportTable } from '../../../shared/api/reports';

export const CHART_FONT = 'DejaVu Sans';

export async function chartSvg(chart: ReportChartSpec, table: ReportTable, width = 470): Promise<string> {
  const values = table.rows.map((row) => {
    const cell = row.cells[chart.columnKey];
    const value = cell?.kind === 'value' ? cell.value : null;
    const text = cell === undefined ? '' : cell.kind === 'value' ? String(value) : cell.shown;
    // A suppressed count's label sits at the axis, where its bar would start.
    return { label: row.label, value, position: value ?? 0, text };
  });
  const months = chart.layout === 'months';
  // In the table's order (months in time, categories as listed).
  const category = { field: 'label', type: 'nominal' as const, sort: values.map((v) => v.label), title: null };
  const measure = { field: 'value', type: 'quantitative' as const, title: null };
  const spec: TopLevelSpec = {
    width: months ? width : width - 200,
    height: months ? 150 : Math.max(40, values.length * 16),
    data: { values },
    encoding: months ? { x: category, y: measure } : { y: category, x: measure },
    layer: [
      { mark: { type: 'bar', color: '#2f6f8f' } },
      {
        mark: months
          ? { type: 'text', dy: -6, fontSize: 8, color: '#222' }
          : { type: 'text', align: 'left', dx: 4, fontSize: 8, color: '#222' },
        encoding: { text: { field: 'text' }, [months ? 'y' : 'x']: { field: 'position', type: 'quantitative' } },
      },
    ],
    config: { font: CHART_FONT, view: { stroke: null }, axis: { labelFontSize: 8, labelLimit: 190, grid: false } },
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
