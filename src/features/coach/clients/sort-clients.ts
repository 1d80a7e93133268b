// The orders of the clients list: by name, by the newest import, or by how much the last
// import brought. Ties fall back to the name, then the id, so the order is total and stable.
import { type ClientListItem, clientName } from '../../../db/clients';
import { summarizeChanges } from '../../../domain/coach/changes';

/** The ways the coach can order the clients list. */
export type ClientOrder = 'name' | 'lastImport' | 'newMaterial';

/** The orders, as offered in the list's menu. */
export const clientOrders: readonly ClientOrder[] = ['name', 'lastImport', 'newMaterial'];

/** How many records the client's newest import brought (new, changed or deleted). */
export function newMaterialCount(item: ClientListItem): number {
  return item.latest ? summarizeChanges(item.latest).total : 0;
}

/** A copy of `items` in `order`; names compared in `language`'s collation. */
export function sortClients(
  items: readonly ClientListItem[],
  order: ClientOrder,
  language: string,
): ClientListItem[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const byName = (a: ClientListItem, b: ClientListItem) =>
    collator.compare(clientName(a.client), clientName(b.client)) ||
    (a.client.id < b.client.id ? -1 : a.client.id > b.client.id ? 1 : 0);
  const lastImport = (item: ClientListItem) => item.latest?.importedAt ?? item.client.lastImportAt;
  const compare: Record<ClientOrder, (a: ClientListItem, b: ClientListItem) => number> = {
    name: byName,
    lastImport: (a, b) => lastImport(b).localeCompare(lastImport(a)) || byName(a, b),
    newMaterial: (a, b) => newMaterialCount(b) - newMaterialCount(a) || byName(a, b),
  };
  return [...items].sort(compare[order]);
}
