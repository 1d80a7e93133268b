// The app lock's stored state (schema 6): one row saying whether the lock is off, on, or
// being turned on or off, with a progress marker per table so a turn that a crash or a closed
// tab cut short resumes where it stopped. No row means off: a database upgraded from schema 5
// gets none (no data upgrade), and the lock stays off until the user turns it on.
import type { Table } from 'dexie';
import { z } from 'zod';

/** The primary key of the one lock state row. */
export const LOCK_STATE_ID = 'lock';

/** Whether the lock is off, on, or on its way between them. */
export const lockModes = ['off', 'turning-on', 'on', 'turning-off'] as const;
/** Whether the lock is off, on, or on its way between them. */
export type LockMode = (typeof lockModes)[number];

/** How far a turn (on or off) has come in one table: the last primary key done, and done. */
export const tableProgress = z.object({
  /** The last primary key sealed (or opened) in key order; absent when none yet. */
  last: z.string().optional(),
  /** Every row of the table is in the target shape. */
  done: z.boolean(),
});
/** How far a turn has come in one table. */
export type TableProgress = z.infer<typeof tableProgress>;

/** The stored lock state row. */
export const lockStateRow = z.object({
  id: z.literal(LOCK_STATE_ID),
  state: z.enum(lockModes),
  /** Per table name: progress of the turn under way; empty when the lock is off or on. */
  progress: z.record(z.string(), tableProgress),
  changedAt: z.iso.datetime({ offset: true }),
});
/** The stored lock state row. */
export type LockStateRow = z.infer<typeof lockStateRow>;

/** The lock state when the database holds none: off, nothing under way. */
export function offState(now = new Date()): LockStateRow {
  return { id: LOCK_STATE_ID, state: 'off', progress: {}, changedAt: now.toISOString() };
}

/**
 * The stored lock state; off when there is no row. A row that does not parse is not taken
 * for off (that would write plain text under a lock the user turned on): it throws.
 */
export async function readLockState(table: Table<LockStateRow, string>): Promise<LockStateRow> {
  const row = await table.get(LOCK_STATE_ID);
  if (row === undefined) return offState();
  return lockStateRow.parse(row);
}
