// What of a diary entry the full-text search looks at: every free-text field, folded once.
import type { DiaryEntryRecord } from '../records/diary';
import { normaliseText } from './normalise';

/** The free-text fields of an entry, in form order. */
export const DIARY_TEXT_FIELDS = [
  'situation',
  'thinking',
  'feelingWords',
  'acting',
  'consequence',
  'interplay',
  'bodyNote',
  'triedNew',
  'triedNewOutcome',
] as const;

/** A free-text field of an entry. */
export type DiaryTextField = (typeof DIARY_TEXT_FIELDS)[number];

/** The normalised searchable text of an entry; fields are split by a newline so a term never
 * matches across two fields. */
export function entrySearchText(entry: DiaryEntryRecord): string {
  let text = '';
  for (const field of DIARY_TEXT_FIELDS) {
    const value = entry[field];
    if (value) text += `${value}\n`;
  }
  // One pass over the joined text: folding never turns a newline into anything else.
  return normaliseText(text);
}
