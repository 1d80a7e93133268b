// When a client's home invites them to turn the app lock on: once they have written a few
// entries (so there is something of theirs to protect, and their first try of the app is not
// interrupted), never while the lock is on or being turned, and never again once put away.

/**
 * How many entries (diary forms and focusing sessions together) a client writes before the
 * invitation shows. Three: one or two are still trying the app out; a third means the client
 * came back, and what the device holds is now worth protecting (docs/decisions.md).
 */
export const LOCK_INVITE_AFTER_ENTRIES = 3;

/** What the rule needs to know. */
export interface LockInviteFacts {
  /** Diary forms and focusing sessions of this profile, deleted ones not counted. */
  readonly entries: number;
  /** Whether the lock is on or being turned on or off (any state but off). */
  readonly lockEngaged: boolean;
  /** Whether the client put the invitation away. */
  readonly dismissed: boolean;
}

/** Whether the invitation to turn the lock on shows on the client's home. */
export function lockInviteShows(facts: LockInviteFacts): boolean {
  return !facts.lockEngaged && !facts.dismissed && facts.entries >= LOCK_INVITE_AFTER_ENTRIES;
}
