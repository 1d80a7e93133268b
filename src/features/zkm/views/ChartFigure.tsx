// A chart with its caption and a real table alternative (in a disclosure below the chart).
import type { ComponentChildren } from 'preact';
import { useZkmFormat } from '../use-zkm-format';

/** A figure: caption, the SVG (labelled by the caption) and the same data as a table. */
export function ChartFigure(props: {
  id: string;
  title: string;
  description: string;
  chart: ComponentChildren;
  table: ComponentChildren;
}) {
  const f = useZkmFormat();
  return (
    <figure class="zkm-figure" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      <p class="hint" id={`${props.id}-desc`}>
        {props.description}
      </p>
      {props.chart}
      <details class="zkm-table-alt">
        <summary>{f.t('zkm.chart.showTable')}</summary>
        {props.table}
      </details>
    </figure>
  );
}

/** An SVG chart labelled by its figure's caption and description. */
export function ChartSvg(props: {
  id: string;
  title: string;
  width: number;
  height: number;
  children: ComponentChildren;
}) {
  return (
    <svg
      class="zkm-chart"
      viewBox={`0 0 ${props.width} ${props.height}`}
      role="img"
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-desc`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{props.title}</title>
      {props.children}
    </svg>
  );
}
