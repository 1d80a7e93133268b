// The schema 6 fixture: the schema 5 rows, and the lock's tables as turning the lock on
// leaves them after its first transaction (the wrappers of a data key, the state
// `turning-on`). The passphrase and the recovery key are test values written into the
// fixture, so tests can open it. Regenerate with `npm run db-fixture` (only while schema 6 is
// unreleased: a shipped fixture is never edited).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCK_STATE_ID, lockStateRow } from '../../../src/db/lock-state';
import { ARGON2ID_DEFAULT } from '../../../src/lock/kdf';
import { setUpLock } from '../../../src/lock/setup';
import { readWrapper, unlock } from '../../../src/lock/wrapper';
import { replaceBytes, reviveBytes } from './fixture-json';

const V5 = 'tests/fixtures/db/v5.json';
const V6 = 'tests/fixtures/db/v6.json';
const PASSPHRASE = 'fixture: molen zeven herfst lantaarn';

interface Fixture {
  version: number;
  note: string;
  passphrase?: string;
  recoveryKey?: string;
  tables: Record<string, Record<string, unknown>[]>;
}

async function generate(): Promise<Fixture> {
  const v5 = JSON.parse(readFileSync(V5, 'utf8')) as Fixture;
  const lock = await setUpLock(PASSPHRASE, ARGON2ID_DEFAULT);
  return {
    version: 6,
    note:
      'A database as schema version 6 wrote it: one or more rows of every table, the lock being ' +
      'turned on (wrappers stored, no table done yet). The passphrase and recovery key are test ' +
      'values. Bytes are { "$bytes": base64 }. Never edit once released; add vN+1.json.',
    passphrase: PASSPHRASE,
    recoveryKey: lock.recoveryKey,
    tables: {
      ...v5.tables,
      lockKeys: [lock.passphraseWrapper, lock.recoveryWrapper],
      lockState: [
        {
          id: LOCK_STATE_ID,
          state: 'turning-on',
          progress: {},
          changedAt: '2026-12-01T09:00:00.000Z',
        },
      ],
    },
  };
}

describe('the schema 6 fixture', () => {
  it('holds intact wrappers that its recovery key opens, and a lock state that parses', async () => {
    if (process.env.UPDATE_DB_FIXTURE === '1') {
      writeFileSync(V6, `${JSON.stringify(await generate(), replaceBytes, 2)}\n`);
    }
    const fixture = JSON.parse(readFileSync(V6, 'utf8'), reviveBytes) as Fixture;
    const [passphraseWrapper, recoveryWrapper] = fixture.tables.lockKeys ?? [];
    expect((await readWrapper(passphraseWrapper)).kind).toBe('passphrase');
    expect((await readWrapper(recoveryWrapper)).kind).toBe('recovery');
    const key = await unlock(recoveryWrapper, fixture.recoveryKey ?? '');
    expect(key.algorithm.name).toBe('AES-GCM');
    expect(lockStateRow.parse(fixture.tables.lockState?.[0]).state).toBe('turning-on');
  });

  it('keeps every schema 5 row as it was', () => {
    const v5 = JSON.parse(readFileSync(V5, 'utf8')) as Fixture;
    const v6 = JSON.parse(readFileSync(V6, 'utf8')) as Fixture;
    for (const [table, rows] of Object.entries(v5.tables)) {
      expect(v6.tables[table]?.slice(0, rows.length), table).toEqual(rows);
    }
  });
});
