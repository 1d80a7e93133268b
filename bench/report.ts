// Turns results into the printed table and the JSON object. A figure that could not be
// measured is "missing" in the table and null in the JSON, never 0.
import type { FigureResult } from './runner';

/** The JSON keys of the issue, in order: exactly these, each a number or null. */
export const JSON_KEYS = [
  'shell_js_gzip_kb',
  'first_load_js_gzip_kb',
  'precache_kb',
  'cold_start_ms',
  'cold_start_ratio',
  'save_p95_ms',
  'timeline_first_page_ms',
  'search_ms',
  'results_ms',
  'results_cpu4x_ms',
  'export_ms',
  'export_ratio',
  'import_ms',
  'import_ratio',
  'coach_dashboard_ms',
  'lighthouse_performance',
  'lighthouse_accessibility',
  'lighthouse_best_practices',
] as const;

/** One JSON key. */
export type JsonKey = (typeof JSON_KEYS)[number];

const decimals: Record<FigureResult['unit'], number> = { ms: 1, KB: 1, ratio: 2, score: 0 };

/** Rounds a figure to the precision its unit is shown with. */
export function roundFor(unit: FigureResult['unit'], value: number): number {
  const factor = 10 ** decimals[unit];
  return Math.round(value * factor) / factor;
}

/** The JSON object: every key of the issue, the median or null. */
export function toJson(results: readonly FigureResult[]): Record<JsonKey, number | null> {
  const json = {} as Record<JsonKey, number | null>;
  for (const key of JSON_KEYS) {
    const figure = results.find((item) => item.name === key && !item.reference);
    json[key] = figure?.summary ? roundFor(figure.unit, figure.summary.median) : null;
  }
  return json;
}

/** Whether a figure meets its target: true, false, or null (no target or missing). */
export function meetsTarget(figure: FigureResult): boolean | null {
  if (!figure.target || !figure.summary) return null;
  const value = roundFor(figure.unit, figure.summary.median);
  return figure.target.direction === 'max'
    ? value <= figure.target.value
    : value >= figure.target.value;
}

function show(figure: FigureResult, value: number | undefined): string {
  return value === undefined
    ? 'missing'
    : roundFor(figure.unit, value).toFixed(decimals[figure.unit]);
}

/** The size budgets missed (KB figures with a target): the only figures that gate a run. */
export function missedSizeBudgets(results: readonly FigureResult[]): string[] {
  return results
    .filter((figure) => figure.unit === 'KB' && figure.target && meetsTarget(figure) === false)
    .map((figure) => figure.name);
}

/** The table's rows as cells: figure, median, min, max, unit, target, status. */
export function tableRows(results: readonly FigureResult[]): string[][] {
  return results.map((figure) => {
    const status = meetsTarget(figure);
    const target = figure.target
      ? `${figure.target.direction === 'max' ? '≤' : '≥'} ${figure.target.value}`
      : figure.reference
        ? '(reference)'
        : '';
    return [
      figure.name,
      show(figure, figure.summary?.median),
      show(figure, figure.summary?.min),
      show(figure, figure.summary?.max),
      figure.unit,
      target,
      figure.summary ? (status === null ? '' : status ? 'ok' : 'MISSED') : 'missing',
    ];
  });
}

/** The table as aligned text, with the reason under each missing figure. */
export function formatTable(results: readonly FigureResult[]): string {
  const header = ['figure', 'median', 'min', 'max', 'unit', 'target', 'status'];
  const rows = tableRows(results);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = new Set([1, 2, 3]);
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((width) => '-'.repeat(width)).join('  ')];
  for (const [index, row] of rows.entries()) {
    out.push(line(row));
    const reason = results[index]?.reason;
    if (reason) out.push(`    ↳ ${reason}`);
  }
  return out.join('\n');
}

/** The same table in Markdown, for docs/performance.md. */
export function formatMarkdown(results: readonly FigureResult[]): string {
  const header = ['figure', 'median', 'min', 'max', 'unit', 'target', 'status'];
  const rows = tableRows(results).map((row, index) => {
    const reason = results[index]?.reason;
    return reason ? [...row.slice(0, 6), `${row[6]}: ${reason}`] : row;
  });
  const escapeCell = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i >= 1 && i <= 3 ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}
