// Every read-only view of one investigation: index table, matrix, charts and heat map.
// Takes records as props, so the coach workspace can show the same views later.
import { useMemo, useState } from 'preact/hooks';
import type { InvestigationRecord, ValuationRecord } from '../../../domain/records';
import { DEFAULT_AFFECT_LIST_ID } from '../../../domain/zkm/default-affect-list';
import { summarizeInvestigation } from '../../../domain/zkm/summary';
import { useSteps } from '../../../ui/use-steps';
import { useZkmFormat } from '../use-zkm-format';

const incompleteKey = {
  one: 'zkm.results.incomplete.one',
  other: 'zkm.results.incomplete.other',
} as const;

import { CorrelationHeatmap } from './CorrelationHeatmap';
import { Explain } from './Explain';
import { FeelingProfileChart } from './FeelingProfileChart';
import { HierarchyChart } from './HierarchyChart';
import { IndexTable } from './IndexTable';
import { MatrixView } from './MatrixView';
import { ProfilesSection } from './ProfilesSection';
import { resultStepCount, shownAfter } from './result-steps';
import { useResultsText } from './result-text';
import { ScatterChart } from './ScatterChart';
import { TypeReadings } from './TypeReadings';
import { TypeSpreadTable } from './TypeSpreadTable';
import { ValuationCards } from './ValuationCards';

// From this width (about 720 px) the index table fits beside the navigation and opens by itself;
// on a phone the cards carry the same figures and the table waits behind its summary.
const WIDE = '(min-width: 45rem)';

/** Whether the screen is wide enough for the index table at first sight (read once). */
function wideAtStart(): boolean {
  return typeof matchMedia === 'function' && matchMedia(WIDE).matches;
}

/** The results of an investigation (read-only; its sections use h2 headings). */
export function InvestigationResults(props: {
  investigation: InvestigationRecord;
  valuations: readonly ValuationRecord[];
  /** Open the index table whatever the width (the coach's views). */
  tableOpen?: boolean;
}) {
  const f = useZkmFormat();
  const rt = useResultsText();
  const tableOpenAtStart = useMemo(
    () => props.tableOpen === true || wideAtStart(),
    [props.tableOpen],
  );
  // A closed table is not rendered at all: on a phone it waits until someone opens it.
  const [tableShown, setTableShown] = useState(tableOpenAtStart);
  const summary = useMemo(
    () => summarizeInvestigation(props.investigation, props.valuations),
    [props.investigation, props.valuations],
  );
  const incomplete = summary.incompleteValuationIds.length;
  // The sections' contents as vnodes made once per summary: a step re-renders this component,
  // and Preact skips a vnode it has drawn before (strict equality), so each step draws only
  // what it adds instead of diffing every card and chart drawn so far again.
  const drawn = useMemo(
    () => ({
      indexTable: <IndexTable summary={summary} />,
      spread: <TypeSpreadTable spread={summary.typeSpread} />,
      readings: <TypeReadings summary={summary} />,
      matrix: <MatrixView summary={summary} valuations={props.valuations} />,
      charts: (
        <>
          <ScatterChart summary={summary} axes="SO" />
          <ScatterChart summary={summary} axes="PN" />
          <FeelingProfileChart investigation={props.investigation} />
          <HierarchyChart summary={summary} />
        </>
      ),
      profiles: (
        <ProfilesSection
          investigation={props.investigation}
          valuations={props.valuations}
          summary={summary}
        />
      ),
      heatmap: <CorrelationHeatmap summary={summary} />,
    }),
    [summary, props.investigation, props.valuations],
  );
  // Drawn in steps (result-steps.ts): the first cards at once, the rest after it was painted.
  const total = resultStepCount(summary.valuations.length);
  const step = useSteps(total);
  const shown = shownAfter(step, summary.valuations.length);
  return (
    // aria-busy while steps remain: assistive technology and tests wait for the whole page.
    <div class="zkm-results stack" aria-busy={step < total ? 'true' : 'false'}>
      {incomplete > 0 && (
        <p class="zkm-notice">{f.t(incompleteKey[f.plural(incomplete)], { count: incomplete })}</p>
      )}
      <ValuationCards summary={summary} limit={shown.cards} />
      {shown.parts.has('indices') && (
        <section aria-labelledby="zkm-indices-title">
          <h2 id="zkm-indices-title">{f.t('zkm.results.indices')}</h2>
          <Explain
            class="hint"
            hint={rt('zkm.explain.hint')}
            label={f.t('zkm.results.thresholds', { ...summary.list.thresholds })}
          >
            <p>{rt('zkm.explain.thresholds', { ...summary.list.thresholds })}</p>
          </Explain>
          {props.investigation.affectListId === DEFAULT_AFFECT_LIST_ID && (
            <p class="hint">
              {f.t('zkm.lists.default', { name: summary.list.name })}:{' '}
              {f.t('zkm.lists.derived', { ...summary.list.thresholds })}
            </p>
          )}
          <details
            class="zkm-index-alt"
            open={tableOpenAtStart}
            onToggle={(event) => {
              if (event.currentTarget.open) setTableShown(true);
            }}
          >
            <summary>{rt('zkm.cards.showTable')}</summary>
            {tableShown && drawn.indexTable}
          </details>
          {drawn.spread}
          {drawn.readings}
        </section>
      )}
      {shown.parts.has('matrix') && (
        <section aria-labelledby="zkm-matrix-title">
          <h2 id="zkm-matrix-title">{f.t('zkm.results.matrix')}</h2>
          {drawn.matrix}
        </section>
      )}
      {shown.parts.has('charts') && (
        <section aria-labelledby="zkm-charts-title">
          <h2 id="zkm-charts-title">{f.t('zkm.results.charts')}</h2>
          {drawn.charts}
        </section>
      )}
      {shown.parts.has('profiles') && drawn.profiles}
      {shown.parts.has('correlations') && (
        <section aria-labelledby="zkm-correlations-title">
          <h2 id="zkm-correlations-title">{f.t('zkm.results.correlations')}</h2>
          {drawn.heatmap}
        </section>
      )}
    </div>
  );
}
