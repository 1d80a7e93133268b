// Every read-only view of one investigation: index table, matrix, charts and heat map.
// Takes records as props, so the coach workspace can show the same views later.
import { useMemo } from 'preact/hooks';
import type { InvestigationRecord, ValuationRecord } from '../../../domain/records';
import { DEFAULT_AFFECT_LIST_ID } from '../../../domain/zkm/default-affect-list';
import { summarizeInvestigation } from '../../../domain/zkm/summary';
import { useZkmFormat } from '../use-zkm-format';

const incompleteKey = {
  one: 'zkm.results.incomplete.one',
  other: 'zkm.results.incomplete.other',
} as const;

import { CorrelationHeatmap } from './CorrelationHeatmap';
import { FeelingProfileChart } from './FeelingProfileChart';
import { HierarchyChart } from './HierarchyChart';
import { IndexTable } from './IndexTable';
import { MatrixView } from './MatrixView';
import { ProfilesSection } from './ProfilesSection';
import { ScatterChart } from './ScatterChart';
import { TypeReadings } from './TypeReadings';
import { TypeSpreadTable } from './TypeSpreadTable';

/** The results of an investigation (read-only; its sections use h2 headings). */
export function InvestigationResults(props: {
  investigation: InvestigationRecord;
  valuations: readonly ValuationRecord[];
}) {
  const f = useZkmFormat();
  const summary = useMemo(
    () => summarizeInvestigation(props.investigation, props.valuations),
    [props.investigation, props.valuations],
  );
  const incomplete = summary.incompleteValuationIds.length;
  return (
    <div class="zkm-results stack">
      {incomplete > 0 && (
        <p class="zkm-notice">{f.t(incompleteKey[f.plural(incomplete)], { count: incomplete })}</p>
      )}
      <section aria-labelledby="zkm-indices-title">
        <h2 id="zkm-indices-title">{f.t('zkm.results.indices')}</h2>
        <p class="hint">
          {f.t('zkm.results.thresholds', {
            h: summary.list.thresholds.h,
            d: summary.list.thresholds.d,
            l: summary.list.thresholds.l,
            p: summary.list.thresholds.p,
          })}
        </p>
        {props.investigation.affectListId === DEFAULT_AFFECT_LIST_ID && (
          <p class="hint">
            {f.t('zkm.lists.default', { name: summary.list.name })}:{' '}
            {f.t('zkm.lists.derived', { ...summary.list.thresholds })}
          </p>
        )}
        <IndexTable summary={summary} />
        <TypeSpreadTable spread={summary.typeSpread} />
        <TypeReadings summary={summary} />
      </section>
      <section aria-labelledby="zkm-matrix-title">
        <h2 id="zkm-matrix-title">{f.t('zkm.results.matrix')}</h2>
        <MatrixView summary={summary} valuations={props.valuations} />
      </section>
      <section aria-labelledby="zkm-charts-title">
        <h2 id="zkm-charts-title">{f.t('zkm.results.charts')}</h2>
        <ScatterChart summary={summary} axes="SO" />
        <ScatterChart summary={summary} axes="PN" />
        <FeelingProfileChart investigation={props.investigation} />
        <HierarchyChart summary={summary} />
      </section>
      <ProfilesSection
        investigation={props.investigation}
        valuations={props.valuations}
        summary={summary}
      />
      <section aria-labelledby="zkm-correlations-title">
        <h2 id="zkm-correlations-title">{f.t('zkm.results.correlations')}</h2>
        <CorrelationHeatmap summary={summary} />
      </section>
    </div>
  );
}
