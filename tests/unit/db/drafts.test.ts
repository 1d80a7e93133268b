import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import { runBeforeClose } from '../../../src/db/db-events';
import {
  DRAFT_DELAY_MS,
  discardDraft,
  draftsStartingWith,
  flushAllDrafts,
  hasPendingDrafts,
  loadDraft,
  scheduleDraft,
} from '../../../src/db/drafts';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { isLockError } from '../../../src/lock/errors';
import { keyHolder } from '../../../src/lock/key-holder';
import { freshDatabase, storeLockMode } from './helpers';

let db: KoersDexie;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('drafts', () => {
  it('writes the last value once the delay has passed', async () => {
    scheduleDraft('form', { text: 'a' });
    scheduleDraft('form', { text: 'ab' });
    expect(hasPendingDrafts()).toBe(true);
    expect(await db.drafts.get('form')).toBeUndefined();
    await expect
      .poll(() => db.drafts.get('form').then((row) => row?.value), {
        timeout: DRAFT_DELAY_MS * 4,
      })
      .toEqual({ text: 'ab' });
    expect(hasPendingDrafts()).toBe(false);
  });

  it('stores pending drafts before the connection closes for another tab’s upgrade', async () => {
    scheduleDraft('closing', { text: 'typed just now' });
    await runBeforeClose();
    expect((await db.drafts.get('closing'))?.value).toEqual({ text: 'typed just now' });
    expect(hasPendingDrafts()).toBe(false);
  });

  it('flushes pending drafts at once, and a pending value wins over the stored one', async () => {
    await db.drafts.put({ key: 'form', value: 'old', savedAt: new Date().toISOString() });
    scheduleDraft('form', 'new');
    expect(await loadDraft('form')).toBe('new');
    await flushAllDrafts();
    expect((await db.drafts.get('form'))?.value).toBe('new');
  });

  it('discards a draft, pending or stored', async () => {
    scheduleDraft('form', 'x');
    await flushAllDrafts();
    scheduleDraft('form', 'y');
    await discardDraft('form');
    expect(await loadDraft('form')).toBeUndefined();
    expect(hasPendingDrafts()).toBe(false);
  });
});

describe('drafts under the app lock', () => {
  const MARKER = 'zq7-MARKER-draft';

  it('stores the value sealed, gives it back, and refuses it while locked', async () => {
    await db.open();
    await storeLockMode(db, 'on');
    keyHolder.hold(await importDataKey(newDataKeyBytes()));
    try {
      scheduleDraft('diary:new', { situation: MARKER });
      await flushAllDrafts();
      const raw = await db.table('drafts').get('diary:new');
      expect(Object.keys(raw).sort()).toEqual(['key', 'savedAt', 'sealed']);
      expect(JSON.stringify(raw)).not.toContain('MARKER');
      expect(await loadDraft('diary:new')).toEqual({ situation: MARKER });
      expect(await draftsStartingWith('diary:')).toEqual([
        { key: 'diary:new', savedAt: raw.savedAt, value: { situation: MARKER } },
      ]);
      keyHolder.lock();
      await expect(loadDraft('diary:new')).rejects.toSatisfy((e) => isLockError(e, 'locked'));
    } finally {
      keyHolder.lock();
    }
  });
});
