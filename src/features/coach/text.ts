// Short previews of a record's free text, for lists (never rendered as HTML).
import type { RecordOf, RecordType } from '../../domain/records';

/** The first non-empty line of `text`, cut to `max` characters. */
export function firstLine(text: string | undefined, max = 120): string {
  const line =
    (text ?? '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The text a list shows for a client record of any type. */
export function recordPreview(type: RecordType, record: RecordOf<RecordType>): string {
  const r = record as Partial<Record<string, unknown>>;
  const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : undefined);
  switch (type) {
    case 'diaryEntries':
      return firstLine(text('situation'));
    case 'focusingSessions':
      return firstLine(text('chosenConcern') || text('handle') || text('receiving'));
    case 'themes':
    case 'assignments':
      return firstLine(text('title'));
    case 'valuations':
    case 'coachNotes':
    case 'helpContacts':
      return firstLine(text('text'));
    case 'investigations':
    case 'ownReports':
      return firstLine(text('title'));
    case 'discussions':
      return firstLine(text('thread'));
    case 'affectLists':
    case 'questionSets':
      return firstLine(text('name'));
  }
}

/** The date a record is about (when it happened, or when it was started or made). */
export function recordDate(record: RecordOf<RecordType>): string {
  const r = record as Partial<Record<string, unknown>>;
  for (const key of ['occurredAt', 'startedAt', 'createdAt']) {
    if (typeof r[key] === 'string') return r[key] as string;
  }
  return record.createdAt;
}
