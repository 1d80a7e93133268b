import { describe, expect, it } from 'vitest';
import type { ClientListItem } from '../../../src/db/clients';
import type { ImportLogRow } from '../../../src/db/database';
import { newMaterialCount, sortClients } from '../../../src/features/coach/clients/sort-clients';
import { uuid } from './records';

const log = (clientId: string, importedAt: string, added: number): ImportLogRow => ({
  id: `log-${clientId}`,
  clientId,
  importedAt,
  bundleCreatedAt: importedAt,
  kind: 'client-export',
  added: { diaryEntries: Array.from({ length: added }, (_, i) => uuid(100 + i)) },
  updated: {},
  deleted: {},
});

const item = (n: number, name: string, importedAt: string, added: number): ClientListItem => ({
  client: {
    id: uuid(n),
    displayName: name,
    firstImportAt: importedAt,
    lastImportAt: importedAt,
    lastBundleAt: importedAt,
  },
  counts: {},
  latest: log(uuid(n), importedAt, added),
});

const items = [
  item(1, 'Zoë', '2026-11-01T10:00:00.000Z', 2),
  item(2, 'anouk', '2026-11-20T10:00:00.000Z', 0),
  item(3, 'Émile', '2026-11-10T10:00:00.000Z', 5),
  item(4, 'Bram', '2026-11-10T10:00:00.000Z', 5),
];
const names = (list: ClientListItem[]) => list.map((i) => i.client.displayName);

describe('sortClients', () => {
  it('orders by name in the language’s collation, ignoring case and accents', () => {
    expect(names(sortClients(items, 'name', 'nl'))).toEqual(['anouk', 'Bram', 'Émile', 'Zoë']);
  });
  it('orders by the newest import, ties by name', () => {
    expect(names(sortClients(items, 'lastImport', 'nl'))).toEqual([
      'anouk',
      'Bram',
      'Émile',
      'Zoë',
    ]);
  });
  it('orders by how much the last import brought, ties by name', () => {
    expect(names(sortClients(items, 'newMaterial', 'en'))).toEqual([
      'Bram',
      'Émile',
      'Zoë',
      'anouk',
    ]);
    expect(newMaterialCount(items[2] as ClientListItem)).toBe(5);
  });
  it('leaves its input as it was', () => {
    const before = names(items);
    sortClients(items, 'newMaterial', 'en');
    expect(names(items)).toEqual(before);
  });
});
