// The one row that describes the program: its name, its leader and its settings.
import { EntitySchema } from 'typeorm';
import type { RestoreTestResult } from '../../../../shared/api/backup';
import type { FollowUpSchedule, MatchWeights } from '../../../../shared/api/matching';

export interface ProgramRow {
  id: number;
  name: string;
  leaderName: string;
  createdAt: string;
  autoLockMinutes: number;
  lastBackupAt: string | null;
  /** Written by the demo generator: invented people only. */
  isDemo: boolean;
  consentExpiringDays: number;
  supervisionCadenceDays: number;
  matchWeights: MatchWeights;
  followUpSchedule: FollowUpSchedule;
  reportThreshold: number;
  lastBackupFolder: string | null;
  lastBackupFile: string | null;
  backupWarningDays: number;
  backupOnQuitFolder: string | null;
  lastRestoreTest: RestoreTestResult | null;
}

export const ProgramEntity = new EntitySchema<ProgramRow>({
  name: 'Program',
  tableName: 'program',
  columns: {
    id: { type: 'integer', primary: true },
    name: { type: 'text' },
    leaderName: { type: 'text', name: 'leader_name' },
    createdAt: { type: 'text', name: 'created_at' },
    autoLockMinutes: { type: 'integer', name: 'auto_lock_minutes' },
    lastBackupAt: { type: 'text', name: 'last_backup_at', nullable: true },
    isDemo: { type: 'boolean', name: 'is_demo', default: false },
    consentExpiringDays: { type: 'integer', name: 'consent_expiring_days', default: 30 },
    supervisionCadenceDays: { type: 'integer', name: 'supervision_cadence_days', default: 30 },
    matchWeights: { type: 'simple-json', name: 'match_weights' },
    followUpSchedule: { type: 'simple-json', name: 'follow_up_schedule' },
    reportThreshold: { type: 'integer', name: 'report_threshold', default: 11 },
    lastBackupFolder: { type: 'text', name: 'last_backup_folder', nullable: true },
    lastBackupFile: { type: 'text', name: 'last_backup_file', nullable: true },
    backupWarningDays: { type: 'integer', name: 'backup_warning_days', default: 7 },
    backupOnQuitFolder: { type: 'text', name: 'backup_on_quit_folder', nullable: true },
    lastRestoreTest: { type: 'simple-json', name: 'last_restore_test', nullable: true },
  },
});
