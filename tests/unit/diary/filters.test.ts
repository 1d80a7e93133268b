// Timeline filters and search over indexed entries, with results computed by hand.
import { describe, expect, it } from 'vitest';
import { applyFilter, isFilterActive, NO_THEME } from '../../../src/domain/diary/filters';
import { compareNewestFirst, indexEntry } from '../../../src/domain/diary/indexed-entry';
import { entry } from './fixtures';

const theme = '33333333-3333-4333-8333-333333333333';
const at = (day: number, hour: number) => new Date(2026, 2, day, hour).toISOString();

const a = indexEntry(
  entry({
    occurredAt: at(1, 9),
    area: 'work',
    phase: 'attending',
    themeId: theme,
    situation: 'Werkoverleg, ik zei ja',
    thinking: 'Nee zeggen is zwak',
  }),
);
const b = indexEntry(
  entry({
    occurredAt: at(2, 20),
    area: 'home',
    phase: 'creating',
    situation: 'Avondeten met Marloes',
    feelingWords: 'Geïrriteerd',
  }),
);
const c = indexEntry(
  entry({
    occurredAt: at(3, 8),
    area: 'work',
    phase: 'creating',
    themeId: theme,
    situation: 'Café met Ruud',
    bodyNote: 'Schouders ZAKTEN',
  }),
);
const all = [c, b, a];

describe('applyFilter', () => {
  it('returns everything without a filter', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ query: '   ' })).toBe(false);
    expect(applyFilter(all, {})).toEqual(all);
  });

  it('filters by area, phase and theme', () => {
    expect(applyFilter(all, { area: 'work' })).toEqual([c, a]);
    expect(applyFilter(all, { phase: 'creating' })).toEqual([c, b]);
    expect(applyFilter(all, { themeId: theme })).toEqual([c, a]);
    expect(applyFilter(all, { themeId: NO_THEME })).toEqual([b]);
    expect(applyFilter(all, { area: 'work', phase: 'attending' })).toEqual([a]);
  });

  it('filters by an inclusive range of local days', () => {
    expect(applyFilter(all, { from: '2026-03-02' })).toEqual([c, b]);
    expect(applyFilter(all, { to: '2026-03-02' })).toEqual([b, a]);
    expect(applyFilter(all, { from: '2026-03-02', to: '2026-03-02' })).toEqual([b]);
  });

  it('searches every text field, case- and accent-insensitively', () => {
    expect(applyFilter(all, { query: 'cafe' })).toEqual([c]);
    expect(applyFilter(all, { query: 'GEIRRITEERD' })).toEqual([b]);
    expect(applyFilter(all, { query: 'schouders zakten' })).toEqual([c]);
    expect(applyFilter(all, { query: 'zwak' })).toEqual([a]);
    expect(applyFilter(all, { query: 'ja werkoverleg' })).toEqual([a]);
    expect(applyFilter(all, { query: 'ruud marloes' })).toEqual([]);
  });

  it('combines search with filters', () => {
    expect(applyFilter(all, { query: 'e', area: 'home' })).toEqual([b]);
  });
});

describe('indexEntry', () => {
  it('reuses the folded text for the same revision and refolds a new one', () => {
    const first = indexEntry(entry({ situation: 'Één' }));
    expect(first.text).toBe('een\n');
    const same = indexEntry({ ...first.entry }, first);
    expect(same.text).toBe(first.text);
    const changed = indexEntry({ ...first.entry, rev: 2, situation: 'Twee' }, first);
    expect(changed.text).toBe('twee\n');
  });

  it('orders newest first, equal moments the one written later first, then by id', () => {
    const early = indexEntry(entry({ occurredAt: at(1, 8) }));
    const late1 = indexEntry(entry({ occurredAt: at(1, 9) }));
    const late2 = indexEntry(entry({ occurredAt: at(1, 9) }));
    expect([early, late1, late2].sort(compareNewestFirst)).toEqual([late2, late1, early]);
    // Written later, with the smaller id: the later writing wins over the id.
    const late0 = indexEntry(
      entry({ occurredAt: at(1, 9), createdAt: '2026-03-01T11:00:00.000Z' }),
    );
    expect([late2, late0, late1].sort(compareNewestFirst)).toEqual([late0, late2, late1]);
  });
});
