// The diary feature's public entry point: read-only views other features (the coach
// workspace) may show for any owner. Other features import from this file only.
export { DiaryTimeline } from './DiaryTimeline';
export { DiaryEntryDetail } from './EntryDetailScreen';
export { DiaryInsight } from './InsightScreen';
export type { NoteAction } from './note-action';
