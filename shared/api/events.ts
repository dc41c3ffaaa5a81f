// Events the backend pushes to the UI (Electron: webContents.send; preview: server-sent events).

export interface Events {
  /** The program was locked (by the person, idle time, OS lock or suspend). */
  locked: { reason: LockReason };
}

export type LockReason = 'user' | 'idle' | 'os-lock' | 'suspend' | 'shutdown';

export type EventName = keyof Events;

export const eventNames: EventName[] = ['locked'];
