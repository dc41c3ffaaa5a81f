// Data shapes (DTOs) that cross the boundary. Entities never cross; services map to these.
import type { FollowUpSchedule, MatchWeights } from './matching';

/** Where the program folder stands, as far as can be told without the passphrase. */
export type ProgramState =
  'needs-setup' | 'locked' | 'unlocked' | 'keyslots-missing' | 'keyslots-unreadable' | 'database-missing';

export interface ProgramStatus {
  state: ProgramState;
  appVersion: string;
  /** Milliseconds until another unlock attempt is allowed; 0 when not throttled. */
  retryAfterMs: number;
  /** Present only while unlocked: the name lives inside the encrypted database. */
  programName?: string;
  /** A setup was started (recovery key shown) and waits for the key to be typed back. */
  setupPending: boolean;
  /**
   * The window shows a demo program of invented people: the app's own demo folder (known while
   * locked) or a program the demo generator wrote (known once unlocked).
   */
  demo: boolean;
}

export interface SetupStarted {
  /** The recovery key, formatted in groups. Shown once; never stored unwrapped. */
  recoveryKey: string;
  programName: string;
  createdAt: string;
}

export interface ProgramInfo {
  programName: string;
  leaderName: string;
  createdAt: string;
  appVersion: string;
  schemaVersion: string;
  /** How many records of each kind the program holds (kinds grow with the app). */
  recordCounts: Record<string, number>;
  /** When the last verified backup was written; null when there has been none. */
  lastBackupAt: string | null;
  /** Written by the demo generator: invented people only. */
  isDemo: boolean;
}

export interface Settings {
  autoLockMinutes: number;
  /** A consent that expires within this many days is "expiring soon". */
  consentExpiringDays: number;
  /** Each active peer supporter is due for supervision this many days after the last. */
  supervisionCadenceDays: number;
  /** How much each matching criterion counts. */
  matchWeights: MatchWeights;
  /** When a new match's follow-ups fall due, counted from its start. */
  followUps: FollowUpSchedule;
  /** Funder reports show counts from 1 to this minus one as "<t". */
  reportThreshold: number;
}

export type AuditVerification =
  { intact: true; entries: number } | { intact: false; entries: number; firstBrokenId: number; reason: string };

export type UnlockMethod = 'passphrase' | 'recovery-key';

export interface Unlocked {
  programName: string;
  method: UnlockMethod;
}
