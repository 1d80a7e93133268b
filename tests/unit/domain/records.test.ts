import { describe, expect, it } from 'vitest';
import {
  assignmentRecord,
  diaryEntryRecord,
  MAX_TEXT,
  recordSchemas,
  recordTypes,
} from '../../../src/domain/records';

const header = {
  id: '0b7d3b52-4a0e-4c69-9f5e-6f3c8d9a1b20',
  ownerId: '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  createdAt: '2026-11-02T08:15:00.000Z',
  updatedAt: '2026-11-02T08:15:00.000Z',
  rev: 1,
};

describe('record schemas', () => {
  it('lists every record type once', () => {
    expect(new Set(recordTypes).size).toBe(recordTypes.length);
    expect(recordTypes).toEqual(Object.keys(recordSchemas));
  });

  it('accepts a minimal diary entry: only the situation is required', () => {
    const entry = { ...header, occurredAt: '2026-11-02T08:00:00.000Z', situation: 'Meeting' };
    expect(diaryEntryRecord.parse(entry)).toEqual(entry);
  });

  it('rejects a diary entry without situation, bad ids and out-of-range numbers', () => {
    const base = { ...header, occurredAt: '2026-11-02T08:00:00.000Z' };
    expect(diaryEntryRecord.safeParse({ ...base, situation: '' }).success).toBe(false);
    expect(diaryEntryRecord.safeParse({ ...base, situation: 'x', id: 'nope' }).success).toBe(false);
    expect(
      diaryEntryRecord.safeParse({ ...base, situation: 'x', feelingIntensity: 11 }).success,
    ).toBe(false);
    expect(diaryEntryRecord.safeParse({ ...base, situation: 'x', rev: 0 }).success).toBe(false);
  });

  it('takes text up to MAX_TEXT characters and no more', () => {
    const base = { ...header, occurredAt: '2026-11-02T08:00:00.000Z' };
    expect(diaryEntryRecord.safeParse({ ...base, situation: 'é'.repeat(MAX_TEXT) }).success).toBe(
      true,
    );
    expect(
      diaryEntryRecord.safeParse({ ...base, situation: 'é'.repeat(MAX_TEXT + 1) }).success,
    ).toBe(false);
  });

  it('takes an assignment with a suggested reminder of weekdays and HH:MM times, and no other', () => {
    const base = {
      ...header,
      clientId: '00000000-0000-4000-8000-0000000000c2',
      title: 'Schrijf na elk werkoverleg',
    };
    const suggested = { ...base, reminder: { days: [1, 4], times: ['19:30'] } };
    expect(assignmentRecord.parse(suggested)).toEqual(suggested);
    expect(assignmentRecord.parse(base)).toEqual(base);
    for (const reminder of [
      { days: [], times: ['19:30'] },
      { days: [0], times: ['19:30'] },
      { days: [8], times: ['19:30'] },
      { days: [1], times: [] },
      { days: [1], times: ['7:30'] },
      { days: [1], times: ['24:00'] },
      { days: [1], times: ['08:00', '12:00', '16:00', '20:00'] },
    ]) {
      expect(
        assignmentRecord.safeParse({ ...base, reminder }).success,
        JSON.stringify(reminder),
      ).toBe(false);
    }
  });
});
