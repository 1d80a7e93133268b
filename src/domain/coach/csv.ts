// CSV text that spreadsheet programs open correctly: RFC 4180 quoting, CRLF line ends, and a
// UTF-8 byte order mark so Excel reads "ë" and "ï" as written instead of guessing a code page.
// The separator follows the language: Dutch spreadsheet programs (with the decimal comma)
// split on semicolons and would put a comma-separated file in one column.
import type { ZkmLanguage } from '../zkm/labels';

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** A cell value: text, a number, a yes/no, or empty. */
export type CsvValue = string | number | boolean | null | undefined;

/** The field separator of a CSV file. */
export type CsvSeparator = ',' | ';';

/** The separator spreadsheet programs expect in `language`: ";" for Dutch, "," for English. */
export function csvSeparatorFor(language: ZkmLanguage): CsvSeparator {
  return language === 'nl' ? ';' : ',';
}

// Cells starting with these are read as formulas by spreadsheet programs; a leading
// apostrophe keeps a client's "=..." or "+31..." as the text they typed (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, quoted when it holds the separator, a quote or a line break (RFC 4180 §2.6-2.7).
 * With ";" (the Dutch convention) a fraction is written with a decimal comma.
 */
export function csvCell(value: CsvValue, separator: CsvSeparator = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return separator === ';' ? String(value).replace('.', ',') : String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: BOM, header row, then one line per row, CRLF-separated. */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  separator: CsvSeparator = ',',
): string {
  const lines = [header, ...rows].map((row) =>
    row.map((cell) => csvCell(cell, separator)).join(separator),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
