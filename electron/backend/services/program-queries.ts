// What an open program answers about itself: its description, its settings, its audit check.
import type { AuditVerification, ProgramInfo, Settings } from '../../../shared/api/types';
import { appendAudit, verifyAuditChain } from '../audit/audit-log';
import { appliedMigrationNames } from '../db/data-source';
import type { ProgramSession } from './program-session';
import { getProgram, recordCounts, toSettings, updateSettings as saveSettings } from './program-store';

export async function programInfo(session: ProgramSession): Promise<ProgramInfo> {
  const { dataSource } = session.requireOpen();
  const manager = dataSource.manager;
  const program = await getProgram(manager);
  const applied = await appliedMigrationNames(dataSource);
  return {
    programName: program.name,
    leaderName: program.leaderName,
    createdAt: program.createdAt,
    appVersion: session.options.appVersion,
    schemaVersion: applied[applied.length - 1] ?? 'none',
    recordCounts: await recordCounts(manager),
    lastBackupAt: program.lastBackupAt,
    isDemo: program.isDemo,
  };
}

export async function getSettings(session: ProgramSession): Promise<Settings> {
  return toSettings(await getProgram(session.requireOpen().dataSource.manager));
}

export function updateSettings(session: ProgramSession, settings: Partial<Settings>): Promise<Settings> {
  return session.exclusive(async () => {
    const open = session.requireOpen();
    // The settings decide when the program locks and what the dashboard flags: changes are audited.
    const saved = await open.dataSource.transaction(async (manager) => {
      // The audit entry is flat: a setting made of several numbers is written as its JSON.
      const changed = Object.fromEntries(
        Object.entries(settings)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => [name, typeof value === 'object' ? JSON.stringify(value) : value]),
      );
      await appendAudit(manager, 'settings.update', { host: session.options.host, ...changed }, session.now());
      return saveSettings(manager, settings);
    });
    open.autoLockMinutes = saved.autoLockMinutes;
    return saved;
  });
}

export function verifyAudit(session: ProgramSession): Promise<AuditVerification> {
  return verifyAuditChain(session.requireOpen().dataSource.manager);
}
