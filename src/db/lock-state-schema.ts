// The zod schema of the stored lock state row, apart from lock-state.ts so that a device
// without the lock (no row) never loads it on its first screen.
import { z } from '../domain/zod';
import { LOCK_STATE_ID, type LockStateRow, lockModes } from './lock-state';

/** How far a turn (on or off) has come in one table. */
export const tableProgress = z.object({
  last: z.string().optional(),
  done: z.boolean(),
});

/** The stored lock state row. */
export const lockStateRow: z.ZodType<LockStateRow> = z.object({
  id: z.literal(LOCK_STATE_ID),
  state: z.enum(lockModes),
  progress: z.record(z.string(), tableProgress),
  changedAt: z.iso.datetime({ offset: true }),
});
