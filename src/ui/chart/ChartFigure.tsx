// A chart with its caption and a real table alternative (in a disclosure below the chart).
// Shared by every feature that draws data (diary, ZKM, focusing), so each chart is named,
// described and readable as a table the same way.
import type { ComponentChildren } from 'preact';
import { useMessages } from '../../i18n/context';
import { chartMessages } from '../chart-messages';
import './chart.css';

/** A figure: caption, the SVG (labelled by the caption) and the same data as a table. */
export function ChartFigure(props: {
  id: string;
  title: string;
  description: string;
  chart: ComponentChildren;
  table: ComponentChildren;
  /** Shown between the description and the chart, e.g. a Legend. */
  legend?: ComponentChildren;
  /** The disclosure's text; "Show as a table" by default. */
  tableLabel?: string;
}) {
  const t = useMessages(chartMessages);
  return (
    <figure class="chart-figure" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      <p class="hint" id={`${props.id}-desc`}>
        {props.description}
      </p>
      {props.legend}
      {props.chart}
      <details class="chart-table-alt">
        <summary>{props.tableLabel ?? t('chart.showTable')}</summary>
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
  /** Extra classes, e.g. for a feature's series colours. */
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <svg
      class={props.class ? `chart-svg ${props.class}` : 'chart-svg'}
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
