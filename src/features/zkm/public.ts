// The zkm feature's public entry point: read-only views and live loaders other features (the
// coach workspace) may use for any owner. Other features import from this file only.
export type { LoadedInvestigation } from './data';
// The client's discussion of the results, read-only, with a note action for the coach.
export type { NoteAction } from './note-action';
export { ComparisonView } from './views/ComparisonView';
export { DiscussionView } from './views/DiscussionView';
// The charts of one investigation, for a page that shows several (the coach's printed report).
export { FeelingProfileChart } from './views/FeelingProfileChart';
export { HierarchyChart } from './views/HierarchyChart';
export { InvestigationResults } from './views/InvestigationResults';
export {
  InvestigationGate,
  type InvestigationPair,
  useInvestigationPair,
  useInvestigations,
  useInvestigationTitle,
} from './views/ReadOnlyInvestigation';
export { ScatterChart } from './views/ScatterChart';
