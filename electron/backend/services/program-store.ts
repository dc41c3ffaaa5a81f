// Reads and writes of the program row (name, leader, settings), mapped to the shared DTOs.
import type { EntityManager } from 'typeorm';
import { DEFAULT_FOLLOW_UP_SCHEDULE, DEFAULT_MATCH_WEIGHTS } from '../../../shared/api/matching';
import { DEFAULT_REPORT_THRESHOLD } from '../../../shared/api/reports';
import type { Settings } from '../../../shared/api/types';
import { ProgramEntity, type ProgramRow } from '../db/entities/program';
import { recordKinds } from './record-kinds';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export async function getProgram(manager: EntityManager): Promise<ProgramRow> {
  return manager.findOneByOrFail(ProgramEntity, { id: 1 });
}

export async function insertProgram(
  manager: EntityManager,
  program: { name: string; leaderName: string; createdAt: Date },
): Promise<void> {
  await manager.insert(ProgramEntity, {
    id: 1,
    name: program.name,
    leaderName: program.leaderName,
    createdAt: program.createdAt.toISOString(),
    autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
    lastBackupAt: null,
    isDemo: false,
    consentExpiringDays: 30,
    supervisionCadenceDays: 30,
    matchWeights: DEFAULT_MATCH_WEIGHTS,
    followUpSchedule: DEFAULT_FOLLOW_UP_SCHEDULE,
    reportThreshold: DEFAULT_REPORT_THRESHOLD,
  });
  // The program leader supervises the peers until the program names other supervisors.
  await manager.query(`INSERT INTO supervisor (name, role, is_leader) VALUES (?, 'Program leader', 1)`, [
    program.leaderName,
  ]);
}

export function toSettings(row: ProgramRow): Settings {
  return {
    autoLockMinutes: row.autoLockMinutes,
    consentExpiringDays: row.consentExpiringDays,
    supervisionCadenceDays: row.supervisionCadenceDays,
    // A criterion added after the program was set up counts with its default weight.
    matchWeights: { ...DEFAULT_MATCH_WEIGHTS, ...row.matchWeights },
    followUps: { ...DEFAULT_FOLLOW_UP_SCHEDULE, ...row.followUpSchedule },
    reportThreshold: row.reportThreshold,
  };
}

export async function updateSettings(manager: EntityManager, settings: Partial<Settings>): Promise<Settings> {
  const { followUps, ...rest } = settings;
  const changed: Partial<ProgramRow> = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  );
  if (followUps !== undefined) changed.followUpSchedule = followUps;
  if (Object.keys(changed).length > 0) await manager.update(ProgramEntity, { id: 1 }, changed);
  return toSettings(await getProgram(manager));
}

/** Record counts per kind (record-kinds.ts lists them). */
export async function recordCounts(manager: EntityManager): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [kind, table] of recordKinds) {
    counts[kind] = (await manager.query<{ n: number }[]>(`SELECT count(*) AS n FROM ${table}`))[0].n;
  }
  return counts;
}
