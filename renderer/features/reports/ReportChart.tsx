// A bar chart of one column of a report's table, drawn beside that table. The table is what
// screen readers read; the chart is one image named after what it shows. A suppressed number
// draws no bar, only its label ("<11"). No animation: the picture is the same each time.
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { ReportChartSpec } from '../../../shared/api/report-charts';
import type { ReportTable } from '../../../shared/api/reports';
import { formatReportValue } from './report-format';

const WIDTH = 460;
const BAR_COLOUR = '#1f5f8b';
// Category names wrap within the axis: room for two lines each.
const CATEGORY_ROW_HEIGHT = 40;

// A shape of its own keeps the empty bars (a zero, a suppressed count) that recharts would
// otherwise drop with their labels; Rectangle draws nothing for them.
const barShape = (props: BarShapeProps) => <Rectangle {...props} />;

interface ReportChartProps {
  spec: ReportChartSpec;
  table: ReportTable;
}

export function ReportChart({ spec, table }: ReportChartProps) {
  const column = table.columns.find((candidate) => candidate.key === spec.columnKey);
  if (!column) return null;
  const data = table.rows.map((row) => {
    const cell = row.cells[spec.columnKey];
    const value = cell?.kind === 'value' ? cell.value : 0;
    const shown =
      cell === undefined ? '' : cell.kind === 'value' ? formatReportValue(cell.value, column.unit) : cell.shown;
    return { label: row.label, value, shown };
  });
  const months = spec.layout === 'months';
  return (
    <div
      className="report-chart"
      role="img"
      aria-label={`${spec.title}: a bar chart of the “${column.label}” column of the table beside it.`}
    >
      <p className="report-chart-title">{spec.title}</p>
      <BarChart
        width={WIDTH}
        height={months ? 260 : Math.max(120, data.length * CATEGORY_ROW_HEIGHT + 40)}
        data={data}
        layout={months ? 'horizontal' : 'vertical'}
        margin={{ top: 20, right: 48, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={months} vertical={!months} />
        {months ? (
          <>
            <XAxis dataKey="label" type="category" interval={0} tick={{ fontSize: 12 }} />
            <YAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} width={48} />
          </>
        ) : (
          <>
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis dataKey="label" type="category" interval={0} tick={{ fontSize: 12 }} width={170} />
          </>
        )}
        <Bar dataKey="value" fill={BAR_COLOUR} isAnimationActive={false} shape={barShape}>
          <LabelList dataKey="shown" position={months ? 'top' : 'right'} fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
