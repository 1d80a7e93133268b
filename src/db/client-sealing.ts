// The coach's clients under the app lock: ids, dates, the archive mark, the example flag and
// the counts stay plain (the list is ordered and counted by them); the names and the client's
// public key (`displayName`, `alias`, `recipient`) are sealed together while the lock is on,
// under the additional data `koers/local/v1 ∖0 clients ∖0 id`, so a blob copied onto another
// client does not open there. The import log holds ids, dates and kinds only: nothing to seal.
//
// Reads and writes of clients run inside Dexie transactions (the import's registration), so
// the crypto is wrapped in Dexie.waitFor to keep them alive.
import Dexie from 'dexie';
import type { Envelope } from '../lock/envelope';
import { LockError } from '../lock/errors';
import { keyHolder } from '../lock/key-holder';
import { hasEnvelope, SEALED_FIELD } from '../lock/sealed-field';
import type { ClientRow } from './database';
import { sealingKey } from './sealing';

/** The fields of a client row that name a person or hold their key. */
type ClientSecrets = Pick<ClientRow, 'displayName' | 'alias' | 'recipient'>;

/** A client row with its secret fields replaced by their envelope. */
export type SealedClientRow = Omit<ClientRow, keyof ClientSecrets> & { [SEALED_FIELD]: Envelope };

/** A client as the table stores it: plain, or with its names sealed. */
export type StoredClient = ClientRow | SealedClientRow;

function secretsOf(row: ClientRow): ClientSecrets {
  return {
    displayName: row.displayName,
    ...(row.alias === undefined ? {} : { alias: row.alias }),
    ...(row.recipient === undefined ? {} : { recipient: row.recipient }),
  };
}

/** A client sealed with `key`. */
export async function sealClientWith(key: CryptoKey, row: ClientRow): Promise<SealedClientRow> {
  const { displayName: _name, alias: _alias, recipient: _recipient, ...plain } = row;
  const sealed = await Dexie.waitFor(
    import('../lock/value-envelope').then((c) =>
      c.sealValue(key, 'clients', row.id, secretsOf(row)),
    ),
  );
  return { ...plain, [SEALED_FIELD]: sealed };
}

/** A client as it is to be stored in `db`: its names sealed under the lock, else as it is. */
export async function sealClient(db: Dexie, row: ClientRow): Promise<StoredClient> {
  const key = await sealingKey(db);
  return key === undefined ? row : sealClientWith(key, row);
}

function isSecrets(value: unknown): value is ClientSecrets {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const optionalText = (field: string) => !Object.hasOwn(v, field) || typeof v[field] === 'string';
  return typeof v.displayName === 'string' && optionalText('alias') && optionalText('recipient');
}

/** A stored client opened with `key`; a plain one as it is. */
export async function openClientWith(key: CryptoKey, row: StoredClient): Promise<ClientRow> {
  if (!hasEnvelope(row)) return row as ClientRow;
  const { [SEALED_FIELD]: sealed, ...plain } = row as SealedClientRow;
  const secrets = await Dexie.waitFor(
    import('../lock/value-envelope').then((c) => c.openValue(key, 'clients', row.id, sealed)),
  );
  if (!isSecrets(secrets)) throw new LockError('damaged-record', 'contents');
  return { ...plain, ...secrets };
}

/**
 * Stored clients opened, in order; LockError `locked` for a sealed one while no key is held.
 * Without a sealed row it returns `rows` as they are.
 */
export async function openClients(rows: readonly StoredClient[]): Promise<ClientRow[]> {
  if (!rows.some((row) => hasEnvelope(row))) return rows as ClientRow[];
  const key = keyHolder.key();
  if (key === undefined) throw new LockError('locked');
  const opened: ClientRow[] = [];
  // One after another: inside a transaction each waitFor keeps it alive in turn.
  for (const row of rows) opened.push(await openClientWith(key, row));
  return opened;
}

/** One stored client opened (see openClients); undefined stays undefined. */
export async function openClient(row: StoredClient | undefined): Promise<ClientRow | undefined> {
  if (row === undefined) return undefined;
  const [opened] = await openClients([row]);
  return opened;
}
