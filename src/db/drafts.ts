// Autosaved drafts: form state saved while typing, restored when the user comes back.
// At most DRAFT_DELAY_MS of typing can be lost; flushAllDrafts() saves pending ones at once
// (before an update reload, on pagehide, when the database is about to close).
// The shell imports this module, so Dexie is loaded only when a draft is actually written.
// Under the app lock a draft's value is sealed like a record (draft-sealing.ts).
import { toAppError } from '../domain/errors';
import { onBeforeClose } from './db-events';

/** The longest a change waits before it is written. */
export const DRAFT_DELAY_MS = 500;

const pending = new Map<string, { value: unknown; timer: ReturnType<typeof setTimeout> }>();

async function drafts() {
  const { getDatabase } = await import('./database');
  return getDatabase().drafts;
}

/** The database, its drafts table and the sealing of drafts, loaded on demand. */
async function storage() {
  const [{ getDatabase }, sealing] = await Promise.all([
    import('./database'),
    import('./draft-sealing'),
  ]);
  const db = getDatabase();
  return { db, table: db.drafts, sealing };
}

async function writeDraft(key: string, value: unknown): Promise<void> {
  try {
    const { db, sealing } = await storage();
    await sealing.putDraft(db, { key, value, savedAt: new Date().toISOString() });
  } catch (error) {
    // A LockError (locked) passes as it is; checked by name, so the shell loads nothing of the
    // lock for it.
    throw (error as { name?: unknown } | null)?.name === 'LockError' ? error : toAppError(error);
  }
}

/** Schedules `value` to be saved as the draft `key` within DRAFT_DELAY_MS. */
export function scheduleDraft(key: string, value: unknown): void {
  const existing = pending.get(key);
  if (existing) clearTimeout(existing.timer);
  const timer = setTimeout(() => {
    pending.delete(key);
    void writeDraft(key, value).catch(() => undefined);
  }, DRAFT_DELAY_MS);
  pending.set(key, { value, timer });
}

/** Writes every scheduled draft now; resolves when they are stored. */
export async function flushAllDrafts(): Promise<void> {
  const entries = [...pending.entries()];
  pending.clear();
  for (const [, { timer }] of entries) clearTimeout(timer);
  await Promise.all(entries.map(([key, { value }]) => writeDraft(key, value)));
}

// Pending drafts are written before the connection closes for another tab's upgrade.
onBeforeClose(flushAllDrafts);

/** The saved draft `key`, or undefined (a pending, unwritten change wins). */
export async function loadDraft<T>(key: string): Promise<T | undefined> {
  const waiting = pending.get(key);
  if (waiting) return waiting.value as T;
  const { table, sealing } = await storage();
  const row = await table.get(key);
  if (row === undefined) return undefined;
  const [opened] = await sealing.openDrafts([row]);
  return opened?.value as T | undefined;
}

/** Forgets the draft `key` (after the form was saved or discarded). */
export async function discardDraft(key: string): Promise<void> {
  const existing = pending.get(key);
  if (existing) clearTimeout(existing.timer);
  pending.delete(key);
  await (await drafts()).delete(key);
}

/** Whether any draft is waiting to be written (unsaved input exists). */
export function hasPendingDrafts(): boolean {
  return pending.size > 0;
}

/** The stored drafts whose key starts with `prefix` (key and when saved), through the key index. */
export async function draftsStartingWith(
  prefix: string,
): Promise<{ key: string; savedAt: string; value: unknown }[]> {
  const { table, sealing } = await storage();
  const rows = await sealing.openDrafts(await table.where('key').startsWith(prefix).toArray());
  return rows.map((row) => ({ key: row.key, savedAt: row.savedAt, value: row.value }));
}
