// Generic, validated, transactional writes for every record type. Features build their
// queries on top; every write goes through here so rev, timestamps and validation stay right,
// and so the app lock seals what is written while it is on (sealing.ts).

import { AppError } from '../domain/errors';
import { newId } from '../domain/ids';
import type { RecordOf, RecordType } from '../domain/records';
import { recordSchemas } from '../domain/records';
import { getDatabase, type KoersDexie } from './database';
import { notifySaved } from './save-events';
import { LOCK_STATE_TABLE, openRow, sealForWrite, storageError } from './sealing';

/** The fields a caller provides; the repository fills in the header. */
export type RecordFields<T extends RecordType> = Omit<
  RecordOf<T>,
  'id' | 'ownerId' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt'
>;

function validate<T extends RecordType>(type: T, record: unknown): RecordOf<T> {
  const result = recordSchemas[type].safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError('invalid-data', `${type}.${issue?.path.join('.') ?? ''}: ${issue?.message}`);
  }
  return result.data as RecordOf<T>;
}

async function write<R>(work: () => Promise<R>): Promise<R> {
  try {
    const result = await work();
    notifySaved();
    return result;
  } catch (error) {
    throw storageError(error);
  }
}

/** Reads and writes one record type; every write is a validated, single transaction. */
export class Repository<T extends RecordType> {
  constructor(
    readonly type: T,
    private readonly database: () => KoersDexie = getDatabase,
  ) {}

  private get table() {
    return this.database()[this.type];
  }

  /** The record with this id, tombstones included; undefined when unknown. */
  async get(id: string): Promise<RecordOf<T> | undefined> {
    try {
      return await openRow(this.type, (await this.table.get(id)) as RecordOf<T> | undefined);
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Creates a record owned by `ownerId`, with a fresh id and rev 1. */
  create(ownerId: string, fields: RecordFields<T>, now = new Date()): Promise<RecordOf<T>> {
    // prepare has validated the record already: insert it as it is.
    return write(async () => this.insert(this.prepare(ownerId, fields, now)));
  }

  /**
   * A validated record owned by `ownerId`, with a fresh id and rev 1, that is not stored yet.
   * For a record a screen holds in memory until the user puts something in it (see `store`):
   * opening a screen alone should not leave an empty record behind.
   */
  prepare(ownerId: string, fields: RecordFields<T>, now = new Date()): RecordOf<T> {
    const stamp = now.toISOString();
    return validate(this.type, {
      ...fields,
      id: newId(),
      ownerId,
      createdAt: stamp,
      updatedAt: stamp,
      rev: 1,
    });
  }

  /** Stores a record made by `prepare` as its first version; fails if its id is taken. */
  store(record: RecordOf<T>): Promise<RecordOf<T>> {
    // Held in memory meanwhile, so checked again before it is written.
    return write(() => this.insert(validate(this.type, { ...record, rev: 1 })));
  }

  private insert(record: RecordOf<T>): Promise<RecordOf<T>> {
    // With the lock state in the transaction, the row is sealed as the stored state says.
    return this.database().transaction('rw', [this.table, LOCK_STATE_TABLE], async () => {
      const [stored] = await sealForWrite(this.database(), this.type, [record]);
      await this.table.add(stored as never);
      return record;
    });
  }

  /** Applies `changes` to a record in one read-write transaction (rev + 1). */
  update(
    id: string,
    changes: Partial<RecordFields<T>> & { deletedAt?: string | undefined },
    now = new Date(),
  ): Promise<RecordOf<T>> {
    return write(() =>
      this.database().transaction('rw', [this.table, LOCK_STATE_TABLE], async () => {
        const current = await openRow(
          this.type,
          (await this.table.get(id)) as RecordOf<T> | undefined,
        );
        if (!current) throw new AppError('not-found', `${this.type} ${id}`);
        const next: Record<string, unknown> = {
          ...current,
          ...changes,
          updatedAt: now.toISOString(),
          rev: current.rev + 1,
        };
        // An explicit undefined removes the field (e.g. clearing deletedAt on undo).
        for (const [key, value] of Object.entries(next)) if (value === undefined) delete next[key];
        const record = validate(this.type, next);
        const [stored] = await sealForWrite(this.database(), this.type, [record]);
        await this.table.put(stored as never);
        return record;
      }),
    );
  }

  /** Deletes by tombstone, so the deletion travels to the coach; `restore` undoes it. */
  remove(id: string, now = new Date()): Promise<RecordOf<T>> {
    return this.update(id, { deletedAt: now.toISOString() } as never, now);
  }

  /** Undoes a deletion. */
  restore(id: string, now = new Date()): Promise<RecordOf<T>> {
    return this.update(id, { deletedAt: undefined } as never, now);
  }
}

/**
 * Runs several repository writes in one read-write transaction over the named record types,
 * so they land together or not at all.
 */
export function writeTogether<R>(types: readonly RecordType[], work: () => Promise<R>): Promise<R> {
  const db = getDatabase();
  return db.transaction('rw', [...types, LOCK_STATE_TABLE], work);
}
