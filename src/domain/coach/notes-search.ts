// Search over coach notes: every word of the query must occur in the note, ignoring case and
// accents (so "cliënt" finds "client" and the other way round).
import type { CoachNoteRecord } from '../records';
import { isLive } from '../records/live';

/** Lower case without diacritics, for comparing what people type. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

/** The live notes matching `query`, newest change first; an empty query matches all. */
export function searchNotes<N extends CoachNoteRecord>(notes: readonly N[], query: string): N[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return notes
    .filter(isLive)
    .filter((note) => {
      const text = foldText(note.text);
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
