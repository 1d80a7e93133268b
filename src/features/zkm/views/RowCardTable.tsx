// A chart's table alternative that reads on a phone. On a wide screen it is a plain table; below
// 40rem each row becomes a card: the row's heading (a feeling term, or the client's own words)
// on a line of its own, so it never has to squeeze into a fifth of the screen and break inside a
// word, and under it every figure with its column's name. The explicit roles keep the table's
// structure for screen readers when CSS changes how its parts are displayed (docs/decisions.md,
// "ZKM tables on a phone").

/** One figure of a row: its text, and the columns it spans (an incomplete valuation's note). */
export interface RowCardCell {
  text: string;
  span?: number;
}

/** One row: an optional leading number (a rank, a valuation's number), its heading and figures. */
export interface RowCardRow {
  key: string;
  lead?: string;
  head: string;
  cells: readonly RowCardCell[];
}

/** The column headings: of the leading number (when rows have one), the heading and the figures. */
export interface RowCardColumns {
  lead?: string;
  head: string;
  cells: readonly string[];
}

/** A table whose rows become cards at phone width, keeping its table roles. */
export function RowCardTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: RowCardColumns;
  rows: readonly RowCardRow[];
}) {
  return (
    // biome-ignore lint/a11y/noRedundantRoles: the roles stay when CSS displays the parts as cards
    <table class="zkm-table zkm-narrow-table zkm-row-cards" role="table">
      <caption>{caption}</caption>
      {/* biome-ignore lint/a11y/noRedundantRoles: as above */}
      <thead role="rowgroup">
        {/* biome-ignore lint/a11y/noRedundantRoles: as above */}
        <tr role="row">
          {columns.lead !== undefined && (
            // biome-ignore lint/a11y/noRedundantRoles: as above
            <th scope="col" role="columnheader">
              {columns.lead}
            </th>
          )}
          {/* biome-ignore lint/a11y/noRedundantRoles: as above */}
          <th scope="col" role="columnheader">
            {columns.head}
          </th>
          {columns.cells.map((label) => (
            // biome-ignore lint/a11y/noRedundantRoles: as above
            <th key={label} scope="col" role="columnheader">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      {/* biome-ignore lint/a11y/noRedundantRoles: as above */}
      <tbody role="rowgroup">
        {rows.map((row) => (
          // biome-ignore lint/a11y/noRedundantRoles: as above
          <tr key={row.key} role="row">
            {columns.lead !== undefined && (
              <Cell label={columns.lead} text={row.lead ?? ''} class="zkm-card-lead" />
            )}
            {/* biome-ignore lint/a11y/noRedundantRoles: as above */}
            <th scope="row" role="rowheader">
              {row.head}
            </th>
            {cellsWithLabels(row.cells, columns.cells).map(({ cell, label }, place) => (
              <Cell
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's figures are in fixed places
                key={place}
                label={label}
                text={cell.text}
                span={cell.span}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One figure, with its column's name shown above it on a card (hidden from screen readers,
    which name the column from the table itself). */
function Cell({
  label,
  text,
  span,
  class: className,
}: {
  label: string | undefined;
  text: string;
  span?: number | undefined;
  class?: string;
}) {
  return (
    // biome-ignore lint/a11y/noRedundantRoles: the roles stay when CSS displays the parts as cards
    <td role="cell" colSpan={span} class={className}>
      {label !== undefined && (
        <span class="zkm-card-label" aria-hidden="true">
          {label}
        </span>
      )}
      {text}
    </td>
  );
}

/** Each figure with the name of the column it starts in; a cell spanning columns has no single
    name, so it shows none (its text says what it is, e.g. "incomplete"). */
function cellsWithLabels(cells: readonly RowCardCell[], labels: readonly string[]) {
  let column = 0;
  return cells.map((cell) => {
    const span = cell.span ?? 1;
    const label = span === 1 ? labels[column] : undefined;
    column += span;
    return { cell, label };
  });
}
