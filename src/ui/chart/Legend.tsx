// A chart's legend as an HTML list: each mark's swatch (shape, line style and colour) and what
// it stands for, so a chart reads without colour and the words wrap on a narrow phone.
import type { JSX } from 'preact';
import './chart.css';

/** The shape of a legend swatch; matches how the mark is drawn in the chart. */
export type SwatchShape = 'circle' | 'square' | 'diamond' | 'bar' | 'dash' | 'none';

/** One legend entry: `mark` is the class the chart's marks of this kind carry. */
export interface LegendItem {
  readonly mark: string;
  readonly shape: SwatchShape;
  readonly label: string;
  /** A line drawn through the swatch, with the mark's class and this one (its line style). */
  readonly line?: string;
}

function swatch(shape: SwatchShape, mark: string): JSX.Element | null {
  if (shape === 'circle') return <circle class={mark} cx={14} cy={9} r={5} />;
  if (shape === 'square') return <rect class={mark} x={9} y={4} width={10} height={10} />;
  if (shape === 'diamond') return <path class={mark} d="M14 2 L21 9 L14 16 L7 9 Z" />;
  if (shape === 'dash') return <line class={mark} x1={2} y1={9} x2={26} y2={9} />;
  if (shape === 'bar') return <rect class={mark} x={2} y={3} width={24} height={12} />;
  return null;
}

/**
 * The legend of a chart; each swatch carries `data-mark` so it can be matched to its marks.
 * With a title the entries stand one under another below it; without, they flow in a row.
 */
export function Legend(props: { title?: string | undefined; items: readonly LegendItem[] }) {
  return (
    <div class={props.title ? 'chart-legend chart-legend-stacked' : 'chart-legend'}>
      {props.title && <p class="chart-legend-title">{props.title}</p>}
      <ul>
        {props.items.map((item) => (
          <li key={item.mark} data-mark={item.mark}>
            <svg
              class="chart-swatch"
              viewBox="0 0 28 18"
              width={28}
              height={18}
              aria-hidden="true"
              focusable="false"
            >
              {item.line && (
                <line class={`${item.mark} ${item.line}`} x1={0} y1={9} x2={28} y2={9} />
              )}
              {swatch(item.shape, item.mark)}
            </svg>
            <span>{item.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
