// PLACEHOLDER until the suppression module lands: primary suppression only.
export type SuppressedState = 'published' | 'small-count' | 'complementary';
export interface CountTableInput {
  counts: number[][];
  rowTotals: boolean;
  columnTotals: boolean;
  threshold: number;
}
export interface SuppressionResult {
  cells: SuppressedState[][];
  rowTotalSuppressed: boolean[];
  columnTotalSuppressed: boolean[];
  grandTotalSuppressed: boolean;
}
export function suppressSmallCounts(input: CountTableInput): SuppressionResult {
  return {
    cells: input.counts.map((row) => row.map((n) => (n > 0 && n < input.threshold ? 'small-count' : 'published'))),
    rowTotalSuppressed: input.counts.map(() => false),
    columnTotalSuppressed: (input.counts[0] ?? []).map(() => false),
    grandTotalSuppressed: false,
  };
}
