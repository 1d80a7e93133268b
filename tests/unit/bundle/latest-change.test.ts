// latestOwnChange (the backup reminder): the newest change of the owner's own records, example
// data left out, on a client's phone (most entries theirs) and a coach's device (few theirs).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestOwnChange } from '../../../src/db/bundle-export';
import type { KoersDexie } from '../../../src/db/database';
import { CLIENT, COACH, diary, session } from '../coach/records';
import { freshDatabase } from '../db/helpers';

let db: KoersDexie;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;

describe('latestOwnChange', () => {
  it('finds the newest own change on a client’s phone, skipping example data', async () => {
    await db.diaryEntries.bulkPut([
      diary(1, CLIENT, { updatedAt: at(3) }),
      diary(2, CLIENT, { updatedAt: at(9), example: true }),
      diary(3, CLIENT, { updatedAt: at(5) }),
      diary(4, COACH, { updatedAt: at(8) }),
    ]);
    expect(await latestOwnChange(CLIENT, db)).toBe(at(5));
    await db.focusingSessions.put(session(5, CLIENT, { updatedAt: at(7) }));
    expect(await latestOwnChange(CLIENT, db)).toBe(at(7));
  });

  it('finds it on a coach’s device where most entries are the clients’', async () => {
    await db.diaryEntries.bulkPut([
      diary(1, CLIENT, { updatedAt: at(9) }),
      diary(2, CLIENT, { updatedAt: at(8) }),
      diary(3, CLIENT, { updatedAt: at(7) }),
      diary(4, COACH, { updatedAt: at(2) }),
    ]);
    expect(await latestOwnChange(COACH, db)).toBe(at(2));
  });

  it('is null when only example data is the owner’s', async () => {
    await db.diaryEntries.put(diary(1, CLIENT, { updatedAt: at(4), example: true }));
    expect(await latestOwnChange(CLIENT, db)).toBeNull();
  });
});
