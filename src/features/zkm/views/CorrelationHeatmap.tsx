// The valuation × valuation correlations as a heat map, with a threshold: only pairs with
// |r| at or above it are coloured; the table lists those pairs.
import { useState } from 'preact/hooks';
import { pairsAtThreshold } from '../../../domain/zkm/correlation-matrix';
import type { InvestigationSummary } from '../../../domain/zkm/summary';
import { useZkmFormat } from '../use-zkm-format';

const heatmapCountKey = {
  one: 'zkm.heatmap.count.one',
  other: 'zkm.heatmap.count.other',
} as const;

import { ChartFigure, ChartSvg } from '../../../ui/chart/ChartFigure';
import { Explain } from './Explain';
import { heatmapLabelStep, HEATMAP_MARGIN as MARGIN, HEATMAP_SIZE as SIZE } from './heatmap-labels';
import { useResultsText } from './result-text';

/** The correlation heat map of an investigation with a threshold control (read-only). */
export function CorrelationHeatmap(props: { summary: InvestigationSummary }) {
  const f = useZkmFormat();
  const rt = useResultsText();
  const [threshold, setThreshold] = useState(0.7);
  const { matrix, valuations } = props.summary;
  const n = matrix.ids.length;
  const cell = n === 0 ? 0 : (SIZE - MARGIN) / n;
  const pairs = pairsAtThreshold(matrix, threshold);
  const numberOf = new Map(valuations.map((v, i) => [v.id, i + 1]));
  const textOf = new Map(valuations.map((v) => [v.id, v.text]));
  const id = 'zkm-heatmap';
  const title = f.t('zkm.heatmap.title');
  const thresholdText = f.r(threshold);
  // With many valuations every number would overlap: then label the first and every step-th.
  const step = heatmapLabelStep(n);
  const labelled = (i: number) => i === 0 || (i + 1) % step === 0;
  return (
    <div class="zkm-heatmap">
      <div class="field">
        <label for="zkm-threshold">{f.t('zkm.heatmap.threshold')}</label>
        <div class="inline">
          <input
            id="zkm-threshold"
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={threshold}
            aria-valuetext={thresholdText}
            onInput={(event) => setThreshold(Number(event.currentTarget.value))}
          />
          <output for="zkm-threshold">{thresholdText}</output>
        </div>
      </div>
      <p role="status">
        {f.t(heatmapCountKey[f.plural(pairs.length)], {
          count: pairs.length,
          threshold: thresholdText,
        })}
      </p>
      <Explain class="hint" hint={rt('zkm.explain.hint')} label={f.t('zkm.heatmap.threshold')}>
        <p>{rt('zkm.explain.correlationThreshold')}</p>
      </Explain>
      <ChartFigure
        id={id}
        title={title}
        description={f.t('zkm.heatmap.desc')}
        chart={
          <ChartSvg id={id} title={title} width={SIZE} height={SIZE}>
            {matrix.ids.map((rowId, i) => (
              <g key={rowId}>
                {labelled(i) && (
                  <>
                    <text
                      class="zkm-axis-label zkm-heatmap-label"
                      x={MARGIN - 4}
                      y={MARGIN + i * cell + cell / 2 + 5}
                      text-anchor="end"
                    >
                      {f.n(i + 1)}
                    </text>
                    <text
                      class="zkm-axis-label zkm-heatmap-label"
                      x={MARGIN + i * cell + cell / 2}
                      y={MARGIN - 8}
                      text-anchor="middle"
                    >
                      {f.n(i + 1)}
                    </text>
                  </>
                )}
                {matrix.r[i]?.map((r, j) => {
                  const strong = r !== null && i !== j && Math.abs(r) >= threshold;
                  const kind = r === null ? 'na' : !strong ? 'weak' : r >= 0 ? 'pos' : 'neg';
                  return (
                    <rect
                      key={matrix.ids[j]}
                      class={`zkm-cell-${kind}`}
                      x={MARGIN + j * cell}
                      y={MARGIN + i * cell}
                      width={Math.max(cell - 1, 1)}
                      height={Math.max(cell - 1, 1)}
                      fill-opacity={strong && r !== null ? 0.35 + 0.65 * Math.abs(r) : 1}
                    />
                  );
                })}
              </g>
            ))}
          </ChartSvg>
        }
        table={
          <table class="zkm-table">
            <caption>{f.t('zkm.heatmap.tableCaption', { threshold: thresholdText })}</caption>
            <thead>
              <tr>
                <th scope="col">{f.t('zkm.heatmap.first')}</th>
                <th scope="col">{f.t('zkm.heatmap.second')}</th>
                <th scope="col">{f.t('zkm.col.r')}</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair) => (
                <tr key={`${pair.aId}-${pair.bId}`}>
                  <td class="zkm-text-cell">
                    {f.n(numberOf.get(pair.aId) ?? 0)}. {textOf.get(pair.aId)}
                  </td>
                  <td class="zkm-text-cell">
                    {f.n(numberOf.get(pair.bId) ?? 0)}. {textOf.get(pair.bId)}
                  </td>
                  <td>{f.r(pair.r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}
