// The funder report over one year of the large demo: built through the router as the app asks
// (`report.annual`), and the same SQL statements replayed on the raw driver, to show what the
// layers above SQL cost (`report.annual.sqlRatio`: the app's median over the raw median).
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Router } from '../../electron/backend/api/router';
import { buildReport } from '../../electron/backend/reports/build-report';
import type { ProgramSession } from '../../electron/backend/services/program-session';
import type { ReportBuildInput } from '../../shared/api/reports';
import { reportBuildInput } from '../../shared/api/reports';
import { repeat, summarise, type Measure } from './stats';

const ANNUAL: ReportBuildInput = { period: { kind: 'last-year' } };

export async function measureAnnualReport(session: ProgramSession, router: Router, runs: number): Promise<Measure[]> {
  const build = async () => {
    const result = await router.handle('reports.build', ANNUAL);
    if (!result.ok) throw new Error(`reports.build: ${result.error.message}`);
  };
  await build(); // the first run warms the page cache, as the report screen's first build would
  const app = summarise('report.annual', await repeat(runs, build), 1000);

  const { dataSource } = session.requireOpen();
  const statements: Array<[string, unknown[]]> = [];
  await buildReport(dataSource.manager, reportBuildInput.parse(ANNUAL), session.now(), (sql, parameters = []) => {
    statements.push([sql, parameters]);
    return dataSource.manager.query(sql, parameters);
  });
  const db = (dataSource.driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
  const raw = summarise(
    'report.annual.rawSql',
    await repeat(runs, async () => {
      for (const [sql, parameters] of statements) db.prepare(sql).all(...parameters);
    }),
  );
  const ratio = Math.round((app.median_ms / raw.median_ms) * 100) / 100;
  return [app, { ...raw, name: 'report.annual.sqlRatio', ratio, target_ratio: 1.5 }];
}
