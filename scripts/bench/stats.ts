// Timing helpers for the benchmark: run a measure, keep every duration, report median and p95.
import { performance } from 'node:perf_hooks';

export interface Measure {
  name: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  target_ms?: number;
  /** p95 over target, when there is a target: below 1 meets it; or a ratio measured against `target_ratio`. */
  ratio?: number;
  /** For a ratio measure (its times are the baseline's): the ratio it should stay under. */
  target_ratio?: number;
}

export function summarise(name: string, durations: number[], targetMs?: number): Measure {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const measure: Measure = { name, median_ms: round(at(0.5)), p95_ms: round(at(0.95)), runs: sorted.length };
  if (targetMs !== undefined) {
    measure.target_ms = targetMs;
    measure.ratio = round(measure.p95_ms / targetMs);
  }
  return measure;
}

export async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function repeat(runs: number, task: (run: number) => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let run = 0; run < runs; run += 1) durations.push(await time(() => task(run)));
  return durations;
}

export function table(measures: Measure[]): string {
  const header = ['measure', 'median ms', 'p95 ms', 'runs', 'target ms', 'p95/target', 'ratio (target)'];
  const rows = measures.map((m) =>
    [
      m.name,
      m.median_ms,
      m.p95_ms,
      m.runs,
      m.target_ms ?? '',
      m.target_ratio === undefined ? (m.ratio ?? '') : '',
      m.target_ratio === undefined ? '' : `${m.ratio} (${m.target_ratio})`,
    ].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
