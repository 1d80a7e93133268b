// Every schema version ever shipped upgrades to the current one without losing a record, and
// the registry only ever grows: editing a shipped version fails the snapshot test.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/db/database';
import { readLockState } from '../../../src/db/lock-session';
import { currentSchemaVersion, schemaVersions } from '../../../src/db/schema';
import { recordSchemas, recordTypes } from '../../../src/domain/records';
import { isSealed, openRecord } from '../../../src/lock/envelope';
import { readWrapper, unlock } from '../../../src/lock/wrapper';
import { reviveBytes } from './fixture-json';

const SNAPSHOT = 'tests/fixtures/db/schema-snapshot.json';

interface Fixture {
  version: number;
  /** From schema 6: the recovery key that opens the fixture's sealed rows. */
  recoveryKey?: string;
  tables: Record<string, Record<string, unknown>[]>;
}

const snapshotOf = () =>
  schemaVersions.map((step) => ({ version: step.version, stores: step.stores }));

describe('schema snapshot', () => {
  it('matches the committed snapshot (regenerate with UPDATE_DB_SNAPSHOT=1 only for a new version)', () => {
    const current = snapshotOf();
    const committed = existsSync(SNAPSHOT)
      ? (JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as ReturnType<typeof snapshotOf>)
      : [];
    // Shipped versions are never edited: the committed ones must be a prefix of the registry.
    expect(current.slice(0, committed.length)).toEqual(committed);
    if (process.env.UPDATE_DB_SNAPSHOT === '1') {
      writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 2)}\n`);
    } else {
      expect(current).toEqual(committed);
    }
  });

  it('has versions in increasing order and a table for every record type', () => {
    const versions = schemaVersions.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    const db = createDatabase('koers-schema-check');
    for (const type of recordTypes) expect(db.tables.map((table) => table.name)).toContain(type);
  });
});

describe.each(schemaVersions.map((step) => step.version))('upgrade from version %i', (version) => {
  const path = `tests/fixtures/db/v${version}.json`;

  it('has a fixture', () => {
    expect(existsSync(path), `${path} is missing`).toBe(true);
  });

  it(`opens a version ${version} database with version ${currentSchemaVersion} and keeps every record valid`, async () => {
    const fixture = JSON.parse(readFileSync(path, 'utf8'), reviveBytes) as Fixture;
    const name = `koers-migration-${version}-${process.pid}`;
    const old = createDatabase(
      name,
      schemaVersions.filter((step) => step.version <= version),
    );
    await old.open();
    expect(old.verno).toBe(version);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      await old.table(table).bulkAdd(rows);
    }
    old.close();

    const upgraded = createDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(currentSchemaVersion);
    // Sealed rows (from schema 6) validate once opened with the fixture's own key.
    const recoveryWrapper = fixture.tables.lockKeys?.find((row) => row.kind === 'recovery');
    const key =
      recoveryWrapper && fixture.recoveryKey
        ? await unlock(recoveryWrapper, fixture.recoveryKey)
        : undefined;
    for (const type of recordTypes) {
      const rows = await upgraded.table(type).toArray();
      expect(rows.length, type).toBe(fixture.tables[type]?.length ?? 0);
      for (const stored of rows) {
        const row = isSealed(stored) && key ? await openRecord(key, type, stored) : stored;
        const parsed = recordSchemas[type].safeParse(row);
        expect(parsed.success, `${type} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    }
    expect(await upgraded.table('drafts').count()).toBe(fixture.tables.drafts?.length ?? 0);
    // The lock's tables: an older database has none of its rows (the lock stays off).
    for (const wrapper of await upgraded.table('lockKeys').toArray()) await readWrapper(wrapper);
    expect(await upgraded.table('lockKeys').count()).toBe(fixture.tables.lockKeys?.length ?? 0);
    expect((await readLockState(upgraded.lockState)).state).toBe(
      version < 6 ? 'off' : fixture.tables.lockState?.[0]?.state,
    );
    await upgraded.delete();
  });

  it('fixture covers every record type that existed then', () => {
    const fixture = JSON.parse(readFileSync(path, 'utf8'), reviveBytes) as Fixture;
    const declared = Object.keys(
      schemaVersions
        .filter((step) => step.version <= version)
        .reduce((all, step) => Object.assign(all, step.stores), {}),
    );
    for (const table of declared) {
      expect(fixture.tables[table]?.length ?? 0, table).toBeGreaterThan(0);
    }
  });
});
