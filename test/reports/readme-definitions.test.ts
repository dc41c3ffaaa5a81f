// The README states every measure's definition as the app does: a reworded definition in the
// code fails here until the README says the same.
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { routedProgram } from '../helpers/routed-program';

it('the README holds every measure and table of a report, by key, with its definition', async () => {
  const readme = await fs.readFile(path.join(import.meta.dirname, '../../README.md'), 'utf8');
  const { call } = await routedProgram();
  const report = await call('reports.build', { period: { kind: 'this-year' } });
  const entries = report.sections.flatMap((section) => [...section.measures, ...section.tables]);
  expect(entries.length).toBe(39);
  for (const entry of entries) {
    expect(readme, entry.key).toContain(`\`${entry.key}\``);
    expect(readme, entry.key).toContain(entry.definition);
  }
});
