// `npm test`: typecheck, lint, format check, vitest, the browser e2e (Playwright in Chromium
// against the preview host) and the Electron e2e; ends with one plain summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, '.tmp', 'test-reports');
fs.mkdirSync(reports, { recursive: true });
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];

function run(step: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  process.stdout.write(`\n=== ${step} ===\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(step);
  return ok;
}

/** A check that is not a test runner still counts: one passed or one failed. */
function check(step: string, command: string, args: string[]): void {
  if (run(step, command, args)) total.passed += 1;
  else total.failed += 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** test/crash writes its summary line here: kills, recoveries, acknowledged transactions lost. */
const crashSummary = path.join(reports, 'crash-suite.txt');

function vitest(): void {
  const output = path.join(reports, 'vitest.json');
  fs.rmSync(output, { force: true });
  fs.rmSync(crashSummary, { force: true });
  run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  }>(output);
  if (!report) {
    total.failed += 1;
    return;
  }
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
  total.skipped += report.numPendingTests + report.numTodoTests;
}

function playwright(step: string, config: string): void {
  const output = path.join(reports, `${path.basename(config, '.ts')}.json`);
  fs.rmSync(output, { force: true });
  run(step, bin('playwright'), ['test', '-c', config, '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(output);
  if (!report) {
    total.failed += 1;
    return;
  }
  total.passed += report.stats.expected;
  total.failed += report.stats.unexpected + report.stats.flaky;
  total.skipped += report.stats.skipped;
}

check('typecheck', 'npm', ['run', '-s', 'typecheck']);
check('lint', 'npm', ['run', '-s', 'lint']);
check('format', 'npm', ['run', '-s', 'format:check']);
vitest();
if (run('build renderer', 'npm', ['run', '-s', 'build:renderer'])) {
  playwright('browser e2e (Chromium, preview host)', 'playwright.config.ts');
} else {
  total.failed += 1;
}
playwright('electron e2e', 'playwright.electron.config.ts');

process.stdout.write('\n');
if (fs.existsSync(crashSummary)) process.stdout.write(fs.readFileSync(crashSummary, 'utf8'));
if (failedSteps.length > 0) process.stdout.write(`Failed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exitCode = failedSteps.length > 0 || total.failed > 0 ? 1 : 0;
