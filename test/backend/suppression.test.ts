// Small-count suppression of funder report tables: known tables with known answers, then a
// property over random tables checked by an independent exhaustive search: no hidden count can be
// worked out, every small count is hidden, and nothing is hidden or withheld without need.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  suppressSmallCounts,
  type CountTableInput,
  type SuppressionResult,
} from '../../electron/backend/reports/suppression';
import { viewOf, workedOutCells, type PublishedView } from '../helpers/disclosure-check';

/** A one-column breakdown (the usual report table), with its column total published. */
function column(values: number[], threshold = 11): CountTableInput {
  return { counts: values.map((v) => [v]), rowTotals: false, columnTotals: true, threshold };
}

function suppress(input: CountTableInput): { result: SuppressionResult; view: PublishedView } {
  const result = suppressSmallCounts(input);
  return { result, view: viewOf(input, result) };
}

const states = (result: SuppressionResult) => result.cells.map((row) => row.join(' '));

describe('suppressSmallCounts: known tables', () => {
  it('gives a lone small count a partner, the smallest cell of t or more, and keeps the total', () => {
    const { result, view } = suppress(column([25, 4, 30, 18]));
    expect(states(result)).toEqual(['published', 'small-count', 'published', 'complementary']);
    expect(result.columnTotalSuppressed).toEqual([false]);
    expect(workedOutCells(view)).toEqual([]);
  });

  it('shows zeros, and does not hide one when a larger partner exists', () => {
    const { result } = suppress(column([0, 3, 0, 20, 40]));
    expect(states(result)).toEqual(['published', 'small-count', 'published', 'complementary', 'published']);
  });

  it('protects two 1s: a total of 2 would give both away', () => {
    const naive: PublishedView = {
      counts: [[1], [1], [0]],
      threshold: 11,
      cells: [['small-count'], ['small-count'], ['published']],
      rowTotals: [false, false, false],
      columnTotals: [true],
      grandTotal: false,
    };
    expect(workedOutCells(naive)).toEqual([
      [0, 0],
      [1, 0],
    ]);

    // With a cell of t or more, hiding it is enough.
    const partnered = suppress(column([1, 1, 0, 30]));
    expect(states(partnered.result)).toEqual(['small-count', 'small-count', 'published', 'complementary']);
    expect(partnered.result.columnTotalSuppressed).toEqual([false]);
    expect(workedOutCells(partnered.view)).toEqual([]);

    // With only a zero beside them, hiding it would not help (the 1s still sum to 2): the total goes.
    const alone = suppress(column([1, 1, 0]));
    expect(states(alone.result)).toEqual(['small-count', 'small-count', 'published']);
    expect(alone.result.columnTotalSuppressed).toEqual([true]);
    expect(workedOutCells(alone.view)).toEqual([]);
  });

  it('handles a table whose total is below t', () => {
    // 2 + 3 = 5 published: a reader learns only that the two small counts sum to 5.
    const twoSmall = suppress(column([2, 0, 3]));
    expect(states(twoSmall.result)).toEqual(['small-count', 'published', 'small-count']);
    expect(twoSmall.result.columnTotalSuppressed).toEqual([false]);
    expect(workedOutCells(twoSmall.view)).toEqual([]);

    // Only zeros to pair with: a hidden zero leaves the 4 anywhere in 1..4 (a reader knows only >= 0 of it).
    const zeroPartner = suppress(column([0, 4, 0]));
    expect(states(zeroPartner.result)).toEqual(['complementary', 'small-count', 'published']);
    expect(zeroPartner.result.columnTotalSuppressed).toEqual([false]);
    expect(workedOutCells(zeroPartner.view)).toEqual([]);

    // A total of 1 names its one count whatever else is hidden: the total is withheld, the zeros shown.
    const one = suppress(column([0, 1, 0]));
    expect(states(one.result)).toEqual(['published', 'small-count', 'published']);
    expect(one.result.columnTotalSuppressed).toEqual([true]);
  });

  it('protects a two-way table with row and column totals without withholding any total', () => {
    const { result, view } = suppress({
      counts: [
        [20, 3, 15],
        [12, 30, 25],
        [18, 14, 40],
      ],
      rowTotals: true,
      columnTotals: true,
      threshold: 11,
    });
    // The 3 is tied to a cycle of partners through its row and column, each line hiding two cells.
    expect(states(result)).toEqual([
      'published small-count complementary',
      'complementary published complementary',
      'complementary complementary published',
    ]);
    expect(result).toMatchObject({
      rowTotalSuppressed: [false, false, false],
      columnTotalSuppressed: [false, false, false],
      grandTotalSuppressed: false,
    });
    expect(workedOutCells(view)).toEqual([]);
  });

  it('withholds the totals of a one-cell table with a small count', () => {
    const { result } = suppress({ counts: [[4]], rowTotals: true, columnTotals: true, threshold: 11 });
    expect(result).toEqual({
      cells: [['small-count']],
      rowTotalSuppressed: [true],
      columnTotalSuppressed: [true],
      grandTotalSuppressed: true,
    });
  });

  it.each([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])(
    'hides nothing when every cell is 0 or at least t (row totals %s, column totals %s)',
    (rowTotals, columnTotals) => {
      const counts = [
        [0, 11, 40],
        [12, 0, 0],
      ];
      expect(suppressSmallCounts({ counts, rowTotals, columnTotals, threshold: 11 })).toEqual({
        cells: [
          ['published', 'published', 'published'],
          ['published', 'published', 'published'],
        ],
        rowTotalSuppressed: [false, false],
        columnTotalSuppressed: [false, false, false],
        grandTotalSuppressed: false,
      });
    },
  );

  it('hides only the small counts when no total is published', () => {
    const result = suppressSmallCounts({
      counts: [
        [1, 20],
        [0, 5],
      ],
      rowTotals: false,
      columnTotals: false,
      threshold: 11,
    });
    expect(states(result)).toEqual(['small-count published', 'published small-count']);
  });

  it('follows the threshold', () => {
    expect(states(suppressSmallCounts(column([4, 5, 30], 5)))).toEqual(['small-count', 'complementary', 'published']);
  });

  it('refuses a threshold below 3 and counts that are not whole non-negative numbers', () => {
    expect(() => suppressSmallCounts(column([1, 20], 2))).toThrow(RangeError);
    expect(() => suppressSmallCounts(column([1.5, 20]))).toThrow(RangeError);
    expect(() => suppressSmallCounts(column([-1, 20]))).toThrow(RangeError);
    expect(() =>
      suppressSmallCounts({ counts: [[1, 2], [3]], rowTotals: false, columnTotals: true, threshold: 11 }),
    ).toThrow(RangeError);
  });
});

/** Counts with many zeros and small counts, a few at t or just above. */
const countTable = (rowTotals: boolean, columnTotals: boolean) =>
  fc.integer({ min: 3, max: 11 }).chain((threshold) => {
    const count = fc.oneof(
      { arbitrary: fc.constant(0), weight: 3 },
      { arbitrary: fc.integer({ min: 1, max: threshold - 1 }), weight: 4 },
      { arbitrary: fc.integer({ min: threshold, max: threshold + 4 }), weight: 3 },
    );
    const rowOf = (width: number) => fc.array(count, { minLength: width, maxLength: width });
    return fc.record({
      counts: fc
        .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
        .chain(([height, width]) => fc.array(rowOf(width), { minLength: height, maxLength: height })),
      rowTotals: fc.constant(rowTotals),
      columnTotals: fc.constant(columnTotals),
      threshold: fc.constant(threshold),
    });
  });

describe('suppressSmallCounts: property over random tables', () => {
  it.each([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])('no hidden count can be worked out (row totals %s, column totals %s)', (rowTotals, columnTotals) => {
    fc.assert(
      fc.property(countTable(rowTotals, columnTotals), (input) => {
        const { result, view } = suppress(input);
        const t = input.threshold;
        expect(result.cells.map((row) => row.length)).toEqual(input.counts.map((row) => row.length));
        input.counts.forEach((row, r) =>
          row.forEach((value, c) => {
            // Every small count is hidden as one; a cell shown is shown as it is (never a small count).
            expect(result.cells[r][c] === 'small-count').toBe(value >= 1 && value < t);
          }),
        );
        expect(workedOutCells(view)).toEqual([]);

        // A total that was never published is never reported withheld...
        if (!rowTotals) expect(result.rowTotalSuppressed.every((s) => !s)).toBe(true);
        if (!columnTotals) expect(result.columnTotalSuppressed.every((s) => !s)).toBe(true);
        if (!(rowTotals && columnTotals)) expect(result.grandTotalSuppressed).toBe(false);
        // ...and publishing again any one withheld total or complementary cell would give a count away.
        const variants: PublishedView[] = [
          ...view.rowTotals.flatMap((shown, r) =>
            rowTotals && !shown ? [{ ...view, rowTotals: view.rowTotals.with(r, true) }] : [],
          ),
          ...view.columnTotals.flatMap((shown, c) =>
            columnTotals && !shown ? [{ ...view, columnTotals: view.columnTotals.with(c, true) }] : [],
          ),
          ...(result.grandTotalSuppressed ? [{ ...view, grandTotal: true }] : []),
          ...result.cells.flatMap((row, r) =>
            row.flatMap((state, c) =>
              state === 'complementary' ? [{ ...view, cells: view.cells.with(r, row.with(c, 'published')) }] : [],
            ),
          ),
        ];
        for (const variant of variants) expect(workedOutCells(variant)).not.toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
