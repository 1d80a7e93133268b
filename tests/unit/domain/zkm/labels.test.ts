import { describe, expect, it } from 'vitest';
import {
  indexLabel,
  motiveLabel,
  motiveName,
  signLabel,
  termLabel,
  valuationTypeLabel,
} from '../../../../src/domain/zkm/labels';
import { MOTIVES, SIGNS } from '../../../../src/domain/zkm/valuation-type';
import { list16 } from './fixtures';

const MINUS = '\u2212';

describe('index labels', () => {
  it('shows S and O as Z and A in Dutch', () => {
    expect(['S', 'O', 'P', 'N'].map((k) => indexLabel(k as 'S', 'nl'))).toEqual([
      'Z',
      'A',
      'P',
      'N',
    ]);
    expect(indexLabel('S-O', 'nl')).toBe(`Z${MINUS}A`);
    expect(indexLabel('P-N', 'nl')).toBe(`P${MINUS}N`);
  });

  it('shows S, O, P, N in English', () => {
    expect(['S', 'O', 'P', 'N'].map((k) => indexLabel(k as 'S', 'en'))).toEqual([
      'S',
      'O',
      'P',
      'N',
    ]);
    expect(indexLabel('S-O', 'en')).toBe(`S${MINUS}O`);
    expect(indexLabel('P-N', 'en')).toBe(`P${MINUS}N`);
  });
});

describe('type labels', () => {
  it('writes Dutch types with Z and A', () => {
    expect(valuationTypeLabel({ motive: 'S', sign: '+' }, 'nl')).toBe('+Z');
    expect(valuationTypeLabel({ motive: 'O', sign: '-' }, 'nl')).toBe(`${MINUS}A`);
    expect(valuationTypeLabel({ motive: 'HH', sign: '+' }, 'nl')).toBe('+HH');
    expect(valuationTypeLabel({ motive: 'LL', sign: '±' }, 'nl')).toBe('±LL');
    expect(valuationTypeLabel({ motive: 'mixed', sign: '+' }, 'nl')).toBe('+gemengd');
  });

  it('writes English types with S and O', () => {
    expect(valuationTypeLabel({ motive: 'S', sign: '-' }, 'en')).toBe(`${MINUS}S`);
    expect(valuationTypeLabel({ motive: 'O', sign: '+' }, 'en')).toBe('+O');
    expect(valuationTypeLabel({ motive: 'LL', sign: '-' }, 'en')).toBe(`${MINUS}LL`);
    expect(valuationTypeLabel({ motive: 'mixed', sign: '±' }, 'en')).toBe('±mixed');
  });

  it('uses a real minus sign, not a hyphen', () => {
    expect(signLabel('-')).toBe('\u2212');
    expect(signLabel('+')).toBe('+');
    expect(signLabel('±')).toBe('±');
  });

  it('gives all fifteen types distinct labels in each language', () => {
    for (const lang of ['nl', 'en'] as const) {
      const labels = MOTIVES.flatMap((motive) =>
        SIGNS.map((sign) => valuationTypeLabel({ motive, sign }, lang)),
      );
      expect(new Set(labels).size).toBe(15);
    }
  });

  it('has short motive labels and long names per language', () => {
    expect(MOTIVES.map((m) => motiveLabel(m, 'nl'))).toEqual(['Z', 'A', 'HH', 'LL', 'gemengd']);
    expect(MOTIVES.map((m) => motiveLabel(m, 'en'))).toEqual(['S', 'O', 'HH', 'LL', 'mixed']);
    expect(motiveName('S', 'nl')).toBe('Z-type');
    expect(motiveName('mixed', 'nl')).toBe('gemengd');
    expect(motiveName('O', 'en')).toBe('O-type');
    expect(motiveName('mixed', 'en')).toBe('mixed');
  });
});

describe('term labels', () => {
  it('takes the label in the asked language', () => {
    const calm = list16.terms.find((t) => t.id === 'inner-calm');
    expect(calm && termLabel(calm, 'nl')).toBe('innerlijke rust');
    expect(calm && termLabel(calm, 'en')).toBe('inner calm');
  });
});
