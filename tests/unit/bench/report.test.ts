// The printed table and the JSON: exactly the keys, null (never 0) where a figure is
// missing, "missing" in the table with its reason, targets judged on the shown precision.
import { describe, expect, it } from 'vitest';
import {
  formatMarkdown,
  formatTable,
  JSON_KEYS,
  meetsTarget,
  missedSizeBudgets,
  tableRows,
  toJson,
} from '../../../bench/report';
import type { FigureResult } from '../../../bench/runner';

const figures: FigureResult[] = [
  {
    name: 'shell_js_gzip_kb',
    unit: 'KB',
    target: { direction: 'max', value: 35 },
    reference: false,
    summary: { median: 16.04, min: 16.04, max: 16.04, runs: 1 },
  },
  {
    name: 'cold_start_ms',
    unit: 'ms',
    reference: false,
    summary: { median: 762.66, min: 700.04, max: 801.25, runs: 7 },
  },
  {
    name: 'baseline_cold_start_ms',
    unit: 'ms',
    reference: true,
    summary: { median: 500, min: 480, max: 520, runs: 7 },
  },
  {
    name: 'cold_start_ratio',
    unit: 'ratio',
    target: { direction: 'max', value: 1.5 },
    reference: false,
    summary: { median: 1.5253, min: 1.5253, max: 1.5253, runs: 1 },
  },
  {
    name: 'search_ms',
    unit: 'ms',
    target: { direction: 'max', value: 150 },
    reference: false,
    summary: null,
    reason: 'timeline search (issue 3) not on this build',
  },
  {
    name: 'lighthouse_accessibility',
    unit: 'score',
    target: { direction: 'min', value: 100 },
    reference: false,
    summary: { median: 100, min: 98, max: 100, runs: 3 },
  },
];

describe('toJson', () => {
  it('has exactly the keys of the issue, in order', () => {
    expect(Object.keys(toJson(figures))).toEqual([...JSON_KEYS]);
    expect(JSON_KEYS).toHaveLength(18);
  });

  it('gives the rounded median, and null for missing or unmeasured figures', () => {
    const json = toJson(figures);
    expect(json.shell_js_gzip_kb).toBe(16);
    expect(json.cold_start_ms).toBe(762.7);
    expect(json.cold_start_ratio).toBe(1.53);
    expect(json.lighthouse_accessibility).toBe(100);
    expect(json.search_ms).toBeNull();
    // A figure that did not run at all is null too, never 0.
    expect(json.coach_dashboard_ms).toBeNull();
    expect(Object.values(json)).not.toContain(0);
  });

  it('never lets a reference figure stand in for a key', () => {
    const json = toJson([{ ...(figures[2] as FigureResult), name: 'export_ms' }]);
    expect(json.export_ms).toBeNull();
  });
});

describe('meetsTarget', () => {
  it('judges at most and at least targets on the shown precision', () => {
    expect(meetsTarget(figures[0] as FigureResult)).toBe(true);
    expect(meetsTarget(figures[3] as FigureResult)).toBe(false);
    expect(
      meetsTarget({
        ...(figures[3] as FigureResult),
        summary: { median: 1.504, min: 1, max: 2, runs: 3 },
      }),
    ).toBe(true);
    expect(meetsTarget(figures[5] as FigureResult)).toBe(true);
    expect(
      meetsTarget({
        ...(figures[5] as FigureResult),
        summary: { median: 99, min: 99, max: 99, runs: 3 },
      }),
    ).toBe(false);
    expect(meetsTarget(figures[1] as FigureResult)).toBeNull();
    expect(meetsTarget(figures[4] as FigureResult)).toBeNull();
  });
});

describe('the table', () => {
  it('shows median, min and max with the unit’s precision, and the status', () => {
    const rows = tableRows(figures);
    expect(rows[0]).toEqual(['shell_js_gzip_kb', '16.0', '16.0', '16.0', 'KB', '≤ 35', 'ok']);
    expect(rows[1]).toEqual(['cold_start_ms', '762.7', '700.0', '801.3', 'ms', '', '']);
    expect(rows[2]?.[5]).toBe('(reference)');
    expect(rows[3]).toEqual([
      'cold_start_ratio',
      '1.53',
      '1.53',
      '1.53',
      'ratio',
      '≤ 1.5',
      'MISSED',
    ]);
    expect(rows[5]).toEqual([
      'lighthouse_accessibility',
      '100',
      '98',
      '100',
      'score',
      '≥ 100',
      'ok',
    ]);
  });

  it('shows a missing figure as missing, never 0, with its reason', () => {
    const rows = tableRows(figures);
    expect(rows[4]).toEqual([
      'search_ms',
      'missing',
      'missing',
      'missing',
      'ms',
      '≤ 150',
      'missing',
    ]);
    const text = formatTable(figures);
    expect(text).toContain('↳ timeline search (issue 3) not on this build');
    const searchLine = text.split('\n').find((line) => line.startsWith('search_ms')) ?? '';
    expect(searchLine).not.toMatch(/\b0(\.0)?\b/);
  });

  it('aligns the columns', () => {
    const lines = formatTable(figures).split('\n');
    const header = lines[0] ?? '';
    const medianEnd = header.indexOf('median') + 'median'.length;
    for (const line of lines.filter((l) => !l.startsWith(' ') && !l.startsWith('-')).slice(1)) {
      // Numbers are right-aligned under "median".
      expect(line.slice(medianEnd - 1, medianEnd)).toMatch(/[0-9g]/);
    }
  });

  it('renders Markdown with the reason in the status column', () => {
    const markdown = formatMarkdown(figures).split('\n');
    expect(markdown[0]).toBe('| figure | median | min | max | unit | target | status |');
    expect(markdown[1]).toBe('| --- | ---: | ---: | ---: | --- | --- | --- |');
    expect(markdown).toContain(
      '| search_ms | missing | missing | missing | ms | ≤ 150 | missing: timeline search (issue 3) not on this build |',
    );
  });
});

describe('missedSizeBudgets', () => {
  it('names a size over its budget, and never a missed timing or a size without a budget', () => {
    // cold_start_ratio is missed in `figures`, but timings never gate.
    expect(missedSizeBudgets(figures)).toEqual([]);
    const over: FigureResult = {
      ...(figures[0] as FigureResult),
      summary: { median: 35.4, min: 35.4, max: 35.4, runs: 1 },
    };
    const unbudgeted: FigureResult = { ...over, name: 'precache_kb', target: undefined };
    expect(missedSizeBudgets([over, unbudgeted, ...figures.slice(1)])).toEqual([
      'shell_js_gzip_kb',
    ]);
  });
});
