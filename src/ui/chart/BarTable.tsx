// Counts as a table with a bar per row: the number is the data and always written; the bar
// beside it is decoration scaled to the largest count, so every bar carries its value.
import type { ComponentChildren } from 'preact';
import './chart.css';

/** One row: what is counted and how often. */
export interface BarRow {
  key: string;
  label: ComponentChildren;
  count: number;
}

/** A captioned (or labelled) table of counts, each with its number and a bar. */
export function BarTable(props: {
  caption?: string;
  /** The id of a heading that names the table, when it has no caption. */
  labelledBy?: string;
  labelHeader: string;
  countHeader: string;
  rows: readonly BarRow[];
  /** The count a full bar stands for; the largest count when left out. */
  scale?: number;
}) {
  const scale = props.scale ?? Math.max(0, ...props.rows.map((row) => row.count));
  return (
    <table class="chart-bar-table" aria-labelledby={props.labelledBy}>
      {props.caption && <caption>{props.caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{props.labelHeader}</th>
          <th scope="col">{props.countHeader}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              <div class="chart-bar-cell">
                <span class="chart-bar-value">{row.count}</span>
                <span class="chart-bar-track" aria-hidden="true">
                  <span
                    class="chart-bar"
                    style={{ width: `${scale ? (row.count / scale) * 100 : 0}%` }}
                  />
                </span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
