// A local value's envelope (a draft's form state): it comes back as it went in, its words do
// not show in the blob, and it opens only on its own table and row, never as a record.
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../src/lock/bytes';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { openRecord } from '../../../src/lock/envelope';
import { isLockError } from '../../../src/lock/errors';
import { openValue, sealValue } from '../../../src/lock/value-envelope';

const MARKER = 'ZQX-draft-marker-Ünïcödé';
const ID = '0b9f3c1e-4a52-4f6c-9d7e-2a1b3c4d5e6f';
const value = { situation: MARKER, intensity: 7, words: ['a', 'b'], nested: { empty: null } };

async function damage(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (isLockError(error, 'damaged-record')) return error.reason;
    throw error;
  }
  return 'opened';
}

describe('sealValue and openValue', () => {
  it('give back the value, and the blob holds none of its text', async () => {
    const key = await importDataKey(newDataKeyBytes());
    const sealed = await sealValue(key, 'drafts', 'diary:new', value);
    expect(await openValue(key, 'drafts', 'diary:new', sealed)).toEqual(value);
    expect(await openValue(key, 'drafts', 'x', await sealValue(key, 'drafts', 'x', ''))).toBe('');
    const haystack = Buffer.from(sealed.ct).toString('latin1');
    expect(haystack).not.toContain('ZQX');
    expect(haystack).not.toContain(Buffer.from(utf8(MARKER)).toString('latin1'));
  });

  it('opens only on its own row, with its own key, and never as a record', async () => {
    const key = await importDataKey(newDataKeyBytes());
    const sealed = await sealValue(key, 'drafts', ID, value);
    expect(await damage(openValue(key, 'drafts', 'other', sealed))).toBe('authentication');
    const otherKey = await importDataKey(newDataKeyBytes());
    expect(await damage(openValue(otherKey, 'drafts', ID, sealed))).toBe('authentication');
    expect(await damage(openValue(key, 'drafts', ID, { v: 1 }))).toBe('schema');
    const asRecord = { id: ID, ownerId: ID, sealed };
    expect(await damage(openRecord(key, 'diaryEntries', asRecord))).toBe('authentication');
  });
});
