// The example client's diary: valid records, in their own id range, linked to the example
// theme, at home and at work, in the attending and creating phases, over several weeks.
import { describe, expect, it } from 'vitest';
import { exampleDiary } from '../../../src/domain/example/diary';
import { exampleId } from '../../../src/domain/example/ids';
import { EXAMPLE_THEME_ID } from '../../../src/domain/example/trajectory';
import { diaryEntryRecord } from '../../../src/domain/records';

const owner = '55555555-5555-4555-8555-555555555555';
const now = new Date('2026-05-01T12:00:00.000Z');
const entries = exampleDiary(owner, now).diaryEntries ?? [];

describe('exampleDiary', () => {
  it('has valid example records with ids from 1000 up', () => {
    expect(entries.length).toBeGreaterThanOrEqual(12);
    entries.forEach((record, index) => {
      expect(diaryEntryRecord.parse(record)).toEqual(record);
      expect(record.id).toBe(exampleId(1001 + index));
      expect(record.example).toBe(true);
      expect(record.ownerId).toBe(owner);
      expect(record.themeId).toBe(EXAMPLE_THEME_ID);
    });
  });

  it('covers home and work, attending and creating, over several weeks, all in the past', () => {
    expect(new Set(entries.map((record) => record.area))).toEqual(
      new Set(['home', 'work', 'other']),
    );
    expect(new Set(entries.map((record) => record.phase))).toEqual(
      new Set(['attending', 'creating']),
    );
    const times = entries.map((record) => Date.parse(record.occurredAt));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(4 * 7 * 86_400_000);
    expect(Math.max(...times)).toBeLessThan(now.getTime());
    // What was tried belongs to the creating phase only.
    for (const record of entries) {
      if (record.triedNew) expect(record.phase).toBe('creating');
    }
  });

  it('is the same every time, so loading it twice changes nothing', () => {
    expect(exampleDiary(owner, now)).toEqual(exampleDiary(owner, now));
  });
});
