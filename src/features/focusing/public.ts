// The focusing feature's public entry point: read-only views other features (the coach
// workspace) may show for any owner. Other features import from this file only.
export { SessionHistory } from './HistoryScreen';
export { FocusingInsight } from './InsightScreen';
export type { NoteAction } from './note-action';
export { SessionView } from './SessionView';
