// An independent check of small-count suppression: which hidden cells a reader of a table can
// work out, found by exhaustive search over the integer tables consistent with what is published
// (no LP, no closed form: nothing shared with the module it checks). For small tables only.
import type { CountTableInput, SuppressedState, SuppressionResult } from '../../electron/backend/reports/suppression';

/** What a reader of the report sees. */
export interface PublishedView {
  counts: number[][];
  threshold: number;
  cells: SuppressedState[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  grandTotal: boolean;
}

export function viewOf(input: CountTableInput, result: SuppressionResult): PublishedView {
  return {
    counts: input.counts,
    threshold: input.threshold,
    cells: result.cells,
    rowTotals: input.counts.map((_, r) => input.rowTotals && !result.rowTotalSuppressed[r]),
    columnTotals: (input.counts[0] ?? []).map((_, c) => input.columnTotals && !result.columnTotalSuppressed[c]),
    grandTotal: input.rowTotals && input.columnTotals && !result.grandTotalSuppressed,
  };
}

interface Hidden {
  row: number;
  column: number;
  truth: number;
  low: number;
  high: number;
}

/** The hidden cells, as [row, column], whose value is the same in every consistent table. */
export function workedOutCells(view: PublishedView): [number, number][] {
  const { counts, threshold, cells } = view;
  const hidden: Hidden[] = [];
  counts.forEach((row, r) =>
    row.forEach((truth, c) => {
      const state = cells[r][c];
      if (state === 'published') return;
      // The attacker's knowledge: "<t" is 1..t-1; a complementary cell is only known to be >= 0.
      const small = state === 'small-count';
      hidden.push({ row: r, column: c, truth, low: small ? 1 : 0, high: small ? threshold - 1 : Infinity });
    }),
  );
  const equations: { members: number[]; rest: number }[] = [];
  const addEquation = (inLine: (r: number, c: number) => boolean) => {
    let rest = 0;
    counts.forEach((row, r) =>
      row.forEach((value, c) => {
        if (inLine(r, c) && cells[r][c] === 'published') rest -= value;
        if (inLine(r, c)) rest += value;
      }),
    );
    const members = hidden.flatMap((h, i) => (inLine(h.row, h.column) ? [i] : []));
    if (members.length > 0) equations.push({ members, rest });
  };
  view.rowTotals.forEach((published, r) => published && addEquation((row) => row === r));
  view.columnTotals.forEach((published, c) => published && addEquation((_, column) => column === c));
  if (view.grandTotal) addEquation(() => true);
  // Cells are never negative, so a published total bounds every cell in it.
  for (const { members, rest } of equations) for (const i of members) hidden[i].high = Math.min(hidden[i].high, rest);
  if (!hidden.every((h) => h.truth >= h.low && h.truth <= h.high)) throw new Error('the true table breaks the bounds');

  const tied = [...new Set(equations.flatMap((eq) => eq.members))];
  // A cell in no published total is free; a tied cell is worked out when no consistent table moves it.
  return tied.filter((target) => !canMove(hidden, equations, target)).map((i) => [hidden[i].row, hidden[i].column]);
}

/** Depth-first over the tied cells, target first, cutting a branch only when some total cannot be met. */
function canMove(hidden: Hidden[], equations: { members: number[]; rest: number }[], target: number): boolean {
  const order = [target, ...new Set(equations.flatMap((eq) => eq.members))].filter((i, k, all) => all.indexOf(i) === k);
  const value = new Map<number, number>();
  const stillPossible = () =>
    equations.every(({ members, rest }) => {
      let low = 0;
      let high = 0;
      for (const i of members) {
        low += value.get(i) ?? hidden[i].low;
        high += value.get(i) ?? hidden[i].high;
      }
      return low <= rest && rest <= high;
    });
  const search = (k: number): boolean => {
    if (k === order.length) return true;
    const i = order[k];
    for (let x = hidden[i].low; x <= hidden[i].high; x++) {
      if (i === target && x === hidden[i].truth) continue;
      value.set(i, x);
      if (stillPossible() && search(k + 1)) return true;
    }
    value.delete(i);
    return false;
  };
  return search(0);
}
