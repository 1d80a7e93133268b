// A chart's legend as an HTML list: each mark's swatch (shape, line style and colour) and what
// it stands for, so a chart reads without colour and the words wrap on a narrow phone.
import type { JSX } from 'preact';
import './charts.css';

/** The shape of a legend swatch; matches how the mark is drawn in the chart. */
export type SwatchShape = 'circle' | 'square' | 'diamond' | 'bar' | 'dash';

/** One legend entry: `mark` is the class the chart's marks of this kind carry. */
export interface LegendItem {
  readonly mark: string;
  readonly shape: SwatchShape;
  readonly label: string;
  /** A line drawn through the swatch, in the mark's line style (e.g. 'zkm-line-dashed'). */
  readonly line?: string;
}

function swatch(shape: SwatchShape, mark: string): JSX.Element {
  if (shape === 'circle') return <circle class={mark} cx={14} cy={9} r={5} />;
  if (shape === 'square') return <rect class={mark} x={9} y={4} width={10} height={10} />;
  if (shape === 'diamond') return <path class={mark} d="M14 2 L21 9 L14 16 L7 9 Z" />;
  if (shape === 'dash') return <line class={mark} x1={2} y1={9} x2={26} y2={9} />;
  return <rect class={mark} x={2} y={3} width={24} height={12} />;
}

/** The legend of a chart; each swatch carries `data-mark` so it can be matched to its marks. */
export function ChartLegend(props: { title: string; items: readonly LegendItem[] }) {
  return (
    <div class="zkm-legend">
      <p class="zkm-legend-title">{props.title}</p>
      <ul>
        {props.items.map((item) => (
          <li key={item.mark} data-mark={item.mark}>
            <svg class="zkm-swatch" viewBox="0 0 28 18" width={28} height={18} aria-hidden="true">
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
