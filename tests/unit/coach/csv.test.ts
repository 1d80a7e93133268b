import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, csvCell, csvSeparatorFor } from '../../../src/domain/coach/csv';

describe('csvCell', () => {
  it('leaves plain text, numbers and empties as they are', () => {
    expect(csvCell('geluk')).toBe('geluk');
    expect(csvCell(7)).toBe('7');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes (RFC 4180)', () => {
    expect(csvCell('thuis, werk')).toBe('"thuis, werk"');
    expect(csvCell('hij zei "nee"')).toBe('"hij zei ""nee"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('keeps Dutch characters intact', () => {
    expect(csvCell('cliënt, geïrriteerd, één')).toBe('"cliënt, geïrriteerd, één"');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+31 6')).toBe("'+31 6");
    expect(csvCell('@x, y')).toBe(`"'@x, y"`);
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('buildCsv', () => {
  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    const csv = buildCsv(['a', 'b'], [['ë', 'x,y']]);
    expect(csv).toBe(`${BOM}a,b\r\në,"x,y"\r\n`);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // ë is the two UTF-8 bytes C3 AB, not a Latin-1 byte.
    expect([...bytes.slice(8, 10)]).toEqual([0xc3, 0xab]);
  });
});

describe('the Dutch separator', () => {
  it('quotes cells holding a semicolon and writes fractions with a decimal comma', () => {
    expect(csvSeparatorFor('nl')).toBe(';');
    expect(csvSeparatorFor('en')).toBe(',');
    expect(csvCell('thuis; werk', ';')).toBe('"thuis; werk"');
    // A comma needs no quotes when the separator is a semicolon.
    expect(csvCell('thuis, werk', ';')).toBe('thuis, werk');
    expect(csvCell(0.5, ';')).toBe('0,5');
    expect(csvCell(0.5, ',')).toBe('0.5');
    expect(buildCsv(['a', 'b'], [['x;y', 2]], ';')).toBe(`${BOM}a;b\r\n"x;y";2\r\n`);
  });
});
