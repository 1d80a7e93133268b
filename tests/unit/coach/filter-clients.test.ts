// The clients list's search and archive split, by hand: every word must appear in the name the
// coach sees or the bundle's name (case and accents folded); archived clients go to their own
// list; the order of the input is kept.
import { describe, expect, it } from 'vitest';
import type { ClientListItem } from '../../../src/db/clients';
import {
  isArchived,
  matchesClient,
  queryWords,
  splitClients,
} from '../../../src/features/coach/clients/filter-clients';
import { uuid } from './records';

const item = (n: number, displayName: string, extra = {}): ClientListItem => ({
  client: {
    id: uuid(n),
    displayName,
    firstImportAt: '2026-11-01T10:00:00.000Z',
    lastImportAt: '2026-11-01T10:00:00.000Z',
    lastBundleAt: '2026-11-01T10:00:00.000Z',
    ...extra,
  },
  counts: {},
  latest: undefined,
});

const jeroen = item(1, 'Jeroen de Vries');
const anouk = item(2, 'Anouk', { alias: 'Anouk (groep 2)' });
const emile = item(3, 'Émile Bakker', { archivedAt: '2026-11-05T09:00:00.000Z' });
const zoe = item(4, 'Zoë', { archivedAt: '2026-11-06T09:00:00.000Z' });
const all = [jeroen, anouk, emile, zoe];
const names = (list: ClientListItem[]) => list.map((i) => i.client.displayName);

describe('queryWords', () => {
  it('folds case and accents and splits on white space; an empty query has no words', () => {
    expect(queryWords('  ÉMILE  bakker ')).toEqual(['emile', 'bakker']);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('matchesClient', () => {
  it('needs every word, in the alias or the bundle name', () => {
    expect(matchesClient(anouk, ['groep'])).toBe(true);
    expect(matchesClient(anouk, ['anouk', 'groep'])).toBe(true);
    expect(matchesClient(jeroen, ['jeroen', 'groep'])).toBe(false);
    expect(matchesClient(jeroen, [])).toBe(true);
  });
});

describe('splitClients', () => {
  it('splits everyone in active and archived when nothing is typed, keeping the order', () => {
    const split = splitClients(all, '');
    expect(names(split.active)).toEqual(['Jeroen de Vries', 'Anouk']);
    expect(names(split.archived)).toEqual(['Émile Bakker', 'Zoë']);
  });

  it('searches both lists as the coach types', () => {
    // "e" is in "Jeroen", in Anouk's alias "groep", in "Émile" and in "Zoë" (folded: "zoe").
    expect(names(splitClients(all, 'e').active)).toEqual(['Jeroen de Vries', 'Anouk']);
    expect(names(splitClients(all, 'e').archived)).toEqual(['Émile Bakker', 'Zoë']);
    expect(names(splitClients(all, 'vries').active)).toEqual(['Jeroen de Vries']);
    expect(splitClients(all, 'vries').archived).toEqual([]);
    expect(names(splitClients(all, 'zoe').archived)).toEqual(['Zoë']);
    expect(splitClients(all, 'zoe').active).toEqual([]);
  });

  it('finds nobody for a name nobody has', () => {
    const split = splitClients(all, 'Pieter');
    expect(split.active.length + split.archived.length).toBe(0);
  });

  it('knows an archived client by its archive date', () => {
    expect(isArchived(emile)).toBe(true);
    expect(isArchived(jeroen)).toBe(false);
  });
});
