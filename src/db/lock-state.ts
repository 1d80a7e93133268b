// The app lock's stored state (schema 6): one row saying whether the lock is off, on, or
// being turned on or off, with a progress marker per table so a turn that a crash or a closed
// tab cut short resumes where it stopped. No row means off: a database upgraded from schema 5
// gets none (no data upgrade), and the lock stays off until the user turns it on. The row's
// zod schema (lock-state-schema.ts) is loaded only when there is a row (lock-session.ts).
/** The primary key of the one lock state row. */
export const LOCK_STATE_ID = 'lock';

/** Whether the lock is off, on, or on its way between them. */
export const lockModes = ['off', 'turning-on', 'on', 'turning-off'] as const;
/** Whether the lock is off, on, or on its way between them. */
export type LockMode = (typeof lockModes)[number];

/** How far a turn (on or off) has come in one table. */
export interface TableProgress {
  /** The last primary key sealed (or opened) in key order; absent when none yet. */
  last?: string | undefined;
  /** Every row of the table is in the target shape. */
  done: boolean;
}

/** The stored lock state row. */
export interface LockStateRow {
  id: typeof LOCK_STATE_ID;
  state: LockMode;
  /** Per table name: progress of the turn under way; empty when the lock is off or on. */
  progress: Record<string, TableProgress>;
  changedAt: string;
}

/** The lock state when the database holds none: off, nothing under way. */
export function offState(now = new Date()): LockStateRow {
  return { id: LOCK_STATE_ID, state: 'off', progress: {}, changedAt: now.toISOString() };
}
