// Seeding the app's database outside Dexie: store strings parsed into the object stores and
// indexes Dexie itself would create, compound indexes included, and unknown syntax refused.
import { describe, expect, it } from 'vitest';
import { parseStoreSpec, storeLayout } from '../../../bench/seed';
import { storesAt } from '../../../src/db/schema';

describe('parseStoreSpec', () => {
  it('reads the key, plain indexes and a compound index by its Dexie name', () => {
    expect(parseStoreSpec('diaryEntries', 'id, ownerId, occurredAt, [ownerId+occurredAt]')).toEqual(
      {
        name: 'diaryEntries',
        keyPath: 'id',
        indexes: [
          { name: 'ownerId', keyPath: 'ownerId' },
          { name: 'occurredAt', keyPath: 'occurredAt' },
          { name: '[ownerId+occurredAt]', keyPath: ['ownerId', 'occurredAt'] },
        ],
      },
    );
  });

  it('refuses what it would seed wrongly', () => {
    expect(() => parseStoreSpec('a', '++id')).toThrow('primary key "++id"');
    expect(() => parseStoreSpec('a', 'id, &email')).toThrow('"&email"');
    expect(() => parseStoreSpec('a', 'id, *tags')).toThrow('"*tags"');
    expect(() => parseStoreSpec('a', 'id, [single]')).toThrow('"[single]"');
  });
});

describe('storeLayout', () => {
  it('covers every store of the current schema, each index once', () => {
    const layout = storeLayout();
    expect(layout.map((store) => store.name).sort()).toEqual(Object.keys(storesAt(99)).sort());
    const diary = layout.find((store) => store.name === 'diaryEntries');
    expect(diary?.indexes.map((index) => index.name)).toContain('[ownerId+occurredAt]');
    for (const store of layout) {
      const names = store.indexes.map((index) => index.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
