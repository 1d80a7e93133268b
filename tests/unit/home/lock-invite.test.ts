import { describe, expect, test } from 'vitest';
import { LOCK_INVITE_AFTER_ENTRIES, lockInviteShows } from '../../../src/domain/home/lock-invite';

const facts = (entries: number, lockEngaged = false, dismissed = false) => ({
  entries,
  lockEngaged,
  dismissed,
});

describe('the invitation to turn the lock on', () => {
  test('waits for three entries', () => {
    expect(LOCK_INVITE_AFTER_ENTRIES).toBe(3);
    expect(lockInviteShows(facts(0))).toBe(false);
    expect(lockInviteShows(facts(2))).toBe(false);
    expect(lockInviteShows(facts(3))).toBe(true);
    expect(lockInviteShows(facts(40))).toBe(true);
  });

  test('does not show while the lock is on or being turned', () => {
    expect(lockInviteShows(facts(3, true))).toBe(false);
    expect(lockInviteShows(facts(12, true))).toBe(false);
  });

  test('stays away once put away', () => {
    expect(lockInviteShows(facts(3, false, true))).toBe(false);
    expect(lockInviteShows(facts(0, false, true))).toBe(false);
  });
});
