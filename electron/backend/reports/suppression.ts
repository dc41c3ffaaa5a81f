// Small-count suppression for the count tables of a funder report: which cells are hidden, and
// which published totals must be withheld, so that no hidden count can be worked out.
//
// Attacker model. The reader of a report knows every published cell and every published row,
// column and grand total exactly; knows that a small-count cell ("<t") lies in [1, t-1]; knows
// that a complementary cell is >= 0 and nothing more; and knows that every count is an integer.
// A hidden cell is "worked out" when its minimum and maximum over all tables consistent with what
// is published are equal. Not covered: a reader who reasons that a complementary cell must be 0
// or >= t (it is not shown as "<t"), or who replays this algorithm to guess why a cell was chosen.
//
// Steps: primary suppression of 1..t-1; a lone hidden cell in a line with a published total gets
// a partner in that line; then an exact audit, adding a hidden cell (or, as a last resort,
// withholding a total) while any hidden cell is pinned; then pruning, which publishes again
// whatever the audit no longer needs, so that no cell is hidden and no total withheld without need.
import solver, { type Model, type SolveResult } from 'javascript-lp-solver';

export type SuppressedState = 'published' | 'small-count' | 'complementary';
export interface CountTableInput {
  /** rows x columns of non-negative integer counts */
  counts: number[][];
  /** each row's total is published (the columns are parts of one whole) */
  rowTotals: boolean;
  /** each column's total is published (and, with rowTotals, the grand total) */
  columnTotals: boolean;
  threshold: number; // t, 5..20 (default 11)
}
export interface SuppressionResult {
  cells: SuppressedState[][];
  /** per row / per column: true when that published total had to be withheld too (last resort) */
  rowTotalSuppressed: boolean[];
  columnTotalSuppressed: boolean[];
  grandTotalSuppressed: boolean;
}

/** A row, a column or the whole table whose total is published (until it has to be withheld). */
interface Line {
  cells: number[];
  total: number;
  published: boolean;
}

/** What a reader can say about one line: the hidden cells in it sum to `rest`. */
interface LineEquation {
  cells: number[];
  rest: number;
}

interface Table {
  values: number[]; // row-major
  threshold: number;
  state: SuppressedState[];
  rows: Line[];
  columns: Line[];
  grand: Line | null;
  linesOfCell: Line[][];
  complementaryOrder: number[];
  withheldOrder: Line[];
}

export function suppressSmallCounts(input: CountTableInput): SuppressionResult {
  const table = buildTable(input);
  protectLoneCells(table);
  for (let pinned = firstPinnedCell(table); pinned >= 0; pinned = firstPinnedCell(table)) protect(table, pinned);
  prune(table);
  const width = input.counts[0]?.length ?? 0;
  return {
    cells: input.counts.map((_, r) => table.state.slice(r * width, (r + 1) * width)),
    rowTotalSuppressed: input.counts.map((_, r) => table.rows[r]?.published === false),
    columnTotalSuppressed: Array.from({ length: width }, (_, c) => table.columns[c]?.published === false),
    grandTotalSuppressed: table.grand?.published === false,
  };
}

function buildTable({ counts, rowTotals, columnTotals, threshold }: CountTableInput): Table {
  // Below 3, "<t" names one value ("<2" is 1): no table could hide it.
  if (!Number.isInteger(threshold) || threshold < 3) throw new RangeError('threshold must be an integer >= 3');
  const width = counts[0]?.length ?? 0;
  for (const row of counts) {
    if (row.length !== width) throw new RangeError('counts must be a rectangle');
    if (!row.every((v) => Number.isSafeInteger(v) && v >= 0)) throw new RangeError('counts must be integers >= 0');
  }
  const values = counts.flat();
  const line = (cells: number[]): Line => ({
    cells,
    total: cells.reduce((sum, cell) => sum + values[cell], 0),
    published: true,
  });
  const rows = rowTotals ? counts.map((_, r) => line(Array.from({ length: width }, (_, c) => r * width + c))) : [];
  const columns = columnTotals
    ? Array.from({ length: width }, (_, c) => line(counts.map((_, r) => r * width + c)))
    : [];
  const grand = rowTotals && columnTotals ? line(values.map((_, cell) => cell)) : null;
  const linesOfCell = values.map((_, cell) =>
    [rows[Math.floor(cell / width)], columns[cell % width], grand].filter((l): l is Line => !!l),
  );
  return {
    values,
    threshold,
    state: values.map((v) => (v >= 1 && v < threshold ? 'small-count' : 'published')),
    rows,
    columns,
    grand,
    linesOfCell,
    complementaryOrder: [],
    withheldOrder: [],
  };
}

/** What the reader knows of a hidden cell on its own (Infinity: no bound beyond the totals). */
function bounds(table: Table, cell: number): [number, number] {
  return table.state[cell] === 'small-count' ? [1, table.threshold - 1] : [0, Infinity];
}

/**
 * The lines whose totals a reader can use. The grand total adds nothing while every row total
 * (or every column total) is published, since it is their sum; leaving it out then keeps the
 * lines of a one-column table independent, so the closed form below serves them.
 */
function effectiveLines(table: Table): Line[] {
  const lines = [...table.rows, ...table.columns].filter((l) => l.published);
  const { grand } = table;
  if (grand?.published && table.rows.some((l) => !l.published) && table.columns.some((l) => !l.published)) {
    lines.push(grand);
  }
  return lines;
}

/** The line's hidden cells, and those in `alsoHidden` as if they were hidden (as complementary cells). */
function equationOf(table: Table, line: Line, alsoHidden: number[] = []): LineEquation {
  const hidden = (cell: number) => table.state[cell] !== 'published' || alsoHidden.includes(cell);
  const cells = line.cells.filter(hidden);
  const shown = line.cells.reduce((sum, cell) => sum + (hidden(cell) ? 0 : table.values[cell]), 0);
  return { cells, rest: line.total - shown };
}

/**
 * The cells a reader can work out from one equation alone (exactly its cells' ranges when nothing
 * else ties them): a cell's range is what the rest leaves once the others sit at their extremes.
 * bounds() counts a published cell put in by equationOf's `alsoHidden` as [0, Infinity).
 */
function pinnedByEquation(table: Table, { cells, rest }: LineEquation): number[] {
  let sumLow = 0;
  let finiteHigh = 0;
  let unbounded = 0;
  for (const cell of cells) {
    const [low, high] = bounds(table, cell);
    sumLow += low;
    if (high === Infinity) unbounded += 1;
    else finiteHigh += high;
  }
  return cells.filter((cell) => {
    const [low, high] = bounds(table, cell);
    const othersHigh =
      high === Infinity ? (unbounded > 1 ? Infinity : finiteHigh) : unbounded > 0 ? Infinity : finiteHigh - high;
    return Math.max(low, rest - othersHigh) === Math.min(high, rest - (sumLow - low));
  });
}

/**
 * The first hidden cell a reader can work out, or -1. A line alone pinning a cell is found in
 * closed form, which settles every one-column table. Cells tied by no published total are free.
 * The remaining cells are split into groups tied together by several equations, for the LP.
 */
function firstPinnedCell(table: Table): number {
  const equations = effectiveLines(table)
    .map((line) => equationOf(table, line))
    .filter((eq) => eq.cells.length > 0);
  for (const eq of equations) {
    const [pinned] = pinnedByEquation(table, eq);
    if (pinned !== undefined) return pinned;
  }
  const parent = table.values.map((_, cell) => cell);
  const root = (cell: number): number => (parent[cell] === cell ? cell : (parent[cell] = root(parent[cell])));
  for (const { cells } of equations) for (const cell of cells) parent[root(cell)] = root(cells[0]);
  const groups = new Map<number, LineEquation[]>();
  for (const eq of equations) {
    const key = root(eq.cells[0]);
    groups.set(key, [...(groups.get(key) ?? []), eq]);
  }
  const first = (group: LineEquation[]) => Math.min(...group.flatMap((eq) => eq.cells));
  for (const group of [...groups.values()].sort((a, b) => first(a) - first(b))) {
    const pinned = group.length > 1 ? firstPinnedByLp(table, group) : -1;
    if (pinned >= 0) return pinned;
  }
  return -1;
}

/**
 * Whether some cell of a group is pinned, by LP. Line sums of a two-way table form a totally
 * unimodular matrix (each cell is in one row and one column equation; a grand total used beside
 * withheld row totals is, less the published rows, the sum of the withheld rows: one more
 * row-like equation), so with integer bounds the LP's extremes are integers and equal the integer
 * extremes. Only "is min < max" matters, and the true table is feasible: a cell is free as soon
 * as any solution puts it away from its true value. So first push all undecided cells up, then
 * down, together (one solve frees most of them); only a cell neither frees gets its own two.
 */
function firstPinnedByLp(table: Table, group: LineEquation[]): number {
  const cells = [...new Set(group.flatMap((eq) => eq.cells))].sort((a, b) => a - b);
  // Solved for x - low, so that lower bounds cost no constraint rows (the solver's default is >= 0).
  const low = (cell: number) => bounds(table, cell)[0];
  const constraints: Model['constraints'] = {};
  const variables: Model['variables'] = {};
  for (const cell of cells) variables[`x${cell}`] = {};
  group.forEach((eq, i) => {
    constraints[`line${i}`] = { equal: eq.cells.reduce((rest, cell) => rest - low(cell), eq.rest) };
    for (const cell of eq.cells) variables[`x${cell}`][`line${i}`] = 1;
  });
  for (const cell of cells) {
    const high = bounds(table, cell)[1];
    if (high === Infinity) continue;
    constraints[`bound${cell}`] = { max: high - low(cell) };
    variables[`x${cell}`][`bound${cell}`] = 1;
  }
  const moved = new Set<number>();
  const push = (targets: number[], opType: 'min' | 'max'): void => {
    for (const cell of cells) variables[`x${cell}`].objective = targets.includes(cell) ? 1 : 0;
    // Typed unknown for the sake of external solvers, which this model does not name.
    const solution = solver.Solve({ optimize: 'objective', opType, constraints, variables }) as SolveResult;
    if (!solution.feasible) throw new Error('suppression audit: the published table has no solution');
    for (const cell of cells) {
      const shifted = solution[`x${cell}`];
      // Vertices are integral (see above): a cell more than 0.5 from its true value has moved.
      const value = (typeof shifted === 'number' ? shifted : 0) + low(cell);
      if (Math.abs(value - table.values[cell]) > 0.5) moved.add(cell);
    }
  };
  for (let undecided = cells; undecided.length > 0; undecided = cells.filter((cell) => !moved.has(cell))) {
    const before = moved.size;
    push(undecided, 'max');
    if (moved.size === before) push(undecided, 'min');
    if (moved.size > before) continue;
    const cell = undecided[0];
    push([cell], 'max');
    if (!moved.has(cell)) push([cell], 'min');
    if (!moved.has(cell)) return cell;
  }
  return -1;
}

/** Cells that can still be hidden, cheapest first; small counts are all hidden already. */
function candidatesIn(table: Table, cells: number[]): number[] {
  // A cell >= t makes the better partner: a hidden zero tells the reader the rest of the line is small.
  const cost = (cell: number) => (table.values[cell] === 0 ? Infinity : table.values[cell]);
  return cells.filter((cell) => table.state[cell] === 'published').sort((a, b) => cost(a) - cost(b) || a - b);
}

function hide(table: Table, cell: number): void {
  table.state[cell] = 'complementary';
  table.complementaryOrder.push(cell);
}

function withhold(table: Table, line: Line): void {
  line.published = false;
  table.withheldOrder.push(line);
}

/** A line whose total is published and which hides one cell gives that cell away: hide a partner. */
function protectLoneCells(table: Table): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const line of [...table.rows, ...table.columns]) {
      const partner = candidatesIn(table, line.cells)[0];
      if (partner === undefined || equationOf(table, line).cells.length !== 1) continue;
      hide(table, partner);
      changed = true;
    }
  }
}

/**
 * One step towards freeing a pinned cell. When one of its lines pins it on its own, nothing
 * outside that line can help: hide a partner there, or withhold that total when even hiding the
 * whole line would not do (no cell left, or only zeros: two 1s summing to 2 stay pinned).
 * Otherwise the pin comes from lines together: hide the cheapest cell of any of them.
 */
function protect(table: Table, cell: number): void {
  const lines = effectiveLines(table).filter((line) => table.linesOfCell[cell].includes(line));
  const pinning = lines.find((line) => pinnedByEquation(table, equationOf(table, line)).includes(cell));
  if (pinning) {
    const candidates = candidatesIn(table, pinning.cells);
    if (pinnedByEquation(table, equationOf(table, pinning, candidates)).includes(cell)) withhold(table, pinning);
    else hide(table, candidates[0]);
    return;
  }
  const partner = candidatesIn(table, [...new Set(lines.flatMap((line) => line.cells))])[0];
  if (partner !== undefined) hide(table, partner);
  else withhold(table, lines[0]);
}

/**
 * The loop above hides greedily, so some of what it hid may no longer be needed once later cells
 * were hidden. Try publishing each again, latest first, totals before cells (they matter more to
 * the reader), until nothing more can be published alone. Passes repeat because publishing a
 * cell can make a total publishable: the cell no longer needs that total withheld.
 */
function prune(table: Table): void {
  const republished = (set: (published: boolean) => void): boolean => {
    set(true);
    if (firstPinnedCell(table) < 0) return true;
    set(false);
    return false;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const line of [...table.withheldOrder].reverse().filter((l) => !l.published)) {
      if (republished((on) => (line.published = on))) changed = true;
    }
    for (const cell of [...table.complementaryOrder].reverse().filter((c) => table.state[c] !== 'published')) {
      if (republished((on) => (table.state[cell] = on ? 'published' : 'complementary'))) changed = true;
    }
  }
}
