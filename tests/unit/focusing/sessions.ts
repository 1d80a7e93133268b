// Builders for focusing session records in unit tests.
import type { FocusingSessionRecord } from '../../../src/domain/records';

let counter = 0;

/** A finished session on local date (y, m 1-based, d, h) with the given fields. */
export function session(
  date: [number, number, number, number?],
  fields: Partial<FocusingSessionRecord> = {},
): FocusingSessionRecord {
  counter += 1;
  const [y, m, d, h = 10] = date;
  const at = new Date(y, m - 1, d, h).toISOString();
  return {
    id: `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`,
    ownerId: '11111111-1111-4111-8111-111111111111',
    createdAt: at,
    updatedAt: at,
    rev: 1,
    occurredAt: at,
    mode: 'guided',
    status: 'done',
    concernsSetAside: [],
    bodyLocations: [],
    questions: [],
    diaryEntryIds: [],
    ...fields,
  };
}
