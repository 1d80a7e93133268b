// CSV text that spreadsheet programs open correctly: RFC 4180 quoting, CRLF line ends, and a
// UTF-8 byte order mark so Excel reads "ë" and "ï" as written instead of guessing a code page.

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** A cell value: text, a number, a yes/no, or empty. */
export type CsvValue = string | number | boolean | null | undefined;

// Cells starting with these are read as formulas by spreadsheet programs; a leading
// apostrophe keeps a client's "=..." or "+31..." as the text they typed (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted when it holds a comma, quote, or line break (RFC 4180 §2.6-2.7). */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: BOM, header row, then one line per row, CRLF-separated. */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
