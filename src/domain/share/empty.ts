// Records with nothing of the user in them: a guided focusing session opened and left before
// anything was typed or chosen. An export to someone else leaves them out; they would only
// raise questions ("an empty session?") that the client never meant to put.
import type { RecordType } from '../records/index';

/** The fields every session has without the user doing anything: who, when, how, where. */
const frameOfSession = new Set([
  'id',
  'ownerId',
  'createdAt',
  'updatedAt',
  'rev',
  'deletedAt',
  'example',
  'private',
  'occurredAt',
  'mode',
  'status',
  'currentStep',
]);

/** True when `value` holds nothing a person wrote or chose. */
function blank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(blank);
  if (typeof value === 'object') return Object.values(value).every(blank);
  return false;
}

/**
 * True for a record that carries nothing of the user: today a focusing session still in
 * progress with every field of its own empty. Finished sessions always count: finishing is a
 * choice.
 */
export function isEmptyRecord(type: RecordType, record: object): boolean {
  if (type !== 'focusingSessions') return false;
  const fields = record as Record<string, unknown>;
  if (fields.status !== 'in-progress') return false;
  return Object.entries(fields).every(([key, value]) => frameOfSession.has(key) || blank(value));
}
