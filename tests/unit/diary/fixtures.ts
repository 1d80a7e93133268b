// Diary entries for the unit tests, built by hand with only the fields a test cares about.
import type { DiaryEntryRecord } from '../../../src/domain/records';

let counter = 0;

/** A valid entry with `fields` overriding the defaults; ids count up. */
export function entry(fields: Partial<DiaryEntryRecord> = {}): DiaryEntryRecord {
  counter += 1;
  const id = `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  return {
    id,
    ownerId: '11111111-1111-4111-8111-111111111111',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    rev: 1,
    occurredAt: '2026-03-01T09:00:00.000Z',
    situation: 'Iets gebeurde',
    ...fields,
  };
}
