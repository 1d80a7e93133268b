// The zkm feature's public entry point: read-only views and live loaders other features (the
// coach workspace) may use for any owner. Other features import from this file only.
export type { LoadedInvestigation } from './data';
export { ComparisonView } from './views/ComparisonView';
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
