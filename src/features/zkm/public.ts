// The zkm feature's public entry point: read-only views and live loaders other features (the
// coach workspace) may use for any owner. Other features import from this file only.
export type { LoadedInvestigation } from './data';
export { ComparisonView } from './views/ComparisonView';
export { InvestigationResults } from './views/InvestigationResults';
export {
  InvestigationGate,
  type InvestigationPair,
  useInvestigationPair,
  useInvestigations,
  useInvestigationTitle,
} from './views/ReadOnlyInvestigation';
