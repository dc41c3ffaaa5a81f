import type { BackupProgress } from './backup';

// Events the backend pushes to the UI (Electron: webContents.send; preview: server-sent events).

export interface Events {
  /** The program was locked (by the person, idle time, OS lock or suspend). */
  locked: { reason: LockReason };
  /** A backup under way. */
  'backup.progress': BackupProgress;
}

/** 'switch': the window moved between the program and the demo program. */
export type LockReason = 'user' | 'idle' | 'os-lock' | 'suspend' | 'shutdown' | 'switch' | 'restore';

export type EventName = keyof Events;

export const eventNames: EventName[] = ['locked', 'backup.progress'];
