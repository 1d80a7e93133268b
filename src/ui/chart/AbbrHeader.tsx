// A column header that stays short on a narrow screen: the abbreviation is what is seen (with
// its full name as a hover title), the full name is what a screen reader reads.

/** A `<th>` showing `short` and naming `full`; with no abbreviation it is plain text. */
export function AbbrHeader(props: { short: string; full: string; scope?: 'col' | 'row' }) {
  const scope = props.scope ?? 'col';
  if (props.short === props.full) return <th scope={scope}>{props.full}</th>;
  return (
    <th scope={scope} class="chart-abbr">
      {/* Hidden from screen readers, which read the full name beside it instead. */}
      <span aria-hidden="true">
        <abbr title={props.full}>{props.short}</abbr>
      </span>
      <span class="visually-hidden">{props.full}</span>
    </th>
  );
}
