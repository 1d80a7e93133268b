// The schema 6 fixture: the schema 5 rows (plain), the lock's tables as turning the lock on
// leaves them after its first transaction (the wrappers of a data key, the state
// `turning-on`, no table done yet), and rows written sealed since, side by side with the
// plain ones as a turn under way leaves them. The passphrase and the recovery key are test values written into the
// fixture, so tests can open it. Regenerate with `npm run db-fixture` (only while schema 6 is
// unreleased: a shipped fixture is never edited).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sealClientWith } from '../../../src/db/client-sealing';
import { LOCK_STATE_ID } from '../../../src/db/lock-state';
import { lockStateRow } from '../../../src/db/lock-state-schema';
import { recordSchemas } from '../../../src/domain/records';
import { isSealed, openRecord, sealRecord } from '../../../src/lock/envelope';
import { ARGON2ID_DEFAULT } from '../../../src/lock/kdf';
import { setUpLock } from '../../../src/lock/setup';
import { openValue, sealValue } from '../../../src/lock/value-envelope';
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

const OWNER = '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const SEALED_ENTRY = {
  id: 'f1000000-0000-4000-8000-0000000000a1',
  ownerId: OWNER,
  createdAt: '2026-12-01T09:05:00.000Z',
  updatedAt: '2026-12-01T09:05:00.000Z',
  rev: 1,
  occurredAt: '2026-12-01T08:30:00.000Z',
  area: 'work',
  situation: 'Verzegeld: het gesprek over de nieuwe rol.',
  feelingIntensity: 6,
  phase: 'creating',
};
const SEALED_THEME = {
  id: 'f1000000-0000-4000-8000-0000000000a2',
  ownerId: OWNER,
  createdAt: '2026-12-01T09:06:00.000Z',
  updatedAt: '2026-12-01T09:06:00.000Z',
  rev: 1,
  title: 'Verzegeld: verbinding zoeken',
  valuationIds: [],
  goals: ['Om hulp vragen'],
  actionPoints: [],
  phase: 'creating',
  phaseHistory: [{ phase: 'creating', since: '2026-11-20T00:00:00.000Z' }],
};
const SEALED_CLIENT = {
  id: 'f1000000-0000-4000-8000-0000000000c1',
  displayName: 'Verzegeld: Anouk',
  alias: 'Verzegeld: A.',
  recipient: 'age1verzegeld',
  firstImportAt: '2026-12-01T09:07:00.000Z',
  lastImportAt: '2026-12-01T09:07:00.000Z',
  lastBundleAt: '2026-12-01T09:00:00.000Z',
  recordCounts: { diaryEntries: 0 },
};
const SEALED_DRAFT = { key: 'diary:sealed', value: { situation: 'Verzegeld: half getypt' } };
/** The sealed rows' plain form, by table: they must open to exactly this. */
const SEALED = { diaryEntries: [SEALED_ENTRY], themes: [SEALED_THEME] };

async function generate(): Promise<Fixture> {
  const v5 = JSON.parse(readFileSync(V5, 'utf8')) as Fixture;
  const lock = await setUpLock(PASSPHRASE, ARGON2ID_DEFAULT);
  const sealedEntry = await sealRecord(lock.key, 'diaryEntries', SEALED_ENTRY);
  const sealedTheme = await sealRecord(lock.key, 'themes', SEALED_THEME);
  const sealedClient = await sealClientWith(lock.key, SEALED_CLIENT);
  const sealedDraft = {
    key: SEALED_DRAFT.key,
    savedAt: '2026-12-01T09:08:00.000Z',
    sealed: await sealValue(lock.key, 'drafts', SEALED_DRAFT.key, SEALED_DRAFT.value),
  };
  return {
    version: 6,
    note:
      'A database as schema version 6 wrote it: one or more rows of every table, the lock being ' +
      'turned on (wrappers stored, no table done yet), a diary entry, a theme, a client and a ' +
      'draft written sealed since, beside the plain rows. The passphrase and recovery key are test ' +
      'values. Bytes are { "$bytes": base64 }. Never edit once released; add vN+1.json.',
    passphrase: PASSPHRASE,
    recoveryKey: lock.recoveryKey,
    tables: {
      ...v5.tables,
      diaryEntries: [...(v5.tables.diaryEntries ?? []), sealedEntry],
      themes: [...(v5.tables.themes ?? []), sealedTheme],
      clients: [...(v5.tables.clients ?? []), sealedClient],
      drafts: [...(v5.tables.drafts ?? []), sealedDraft],
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

  it('holds sealed rows that open with its key to exactly their records, and no secret in plain', async () => {
    const fixture = JSON.parse(readFileSync(V6, 'utf8'), reviveBytes) as Fixture;
    const key = await unlock(fixture.tables.lockKeys?.[1], fixture.recoveryKey ?? '');
    for (const [type, records] of Object.entries(SEALED) as [
      keyof typeof SEALED,
      readonly object[],
    ][]) {
      const sealed = (fixture.tables[type] ?? []).filter((row) => isSealed(row));
      expect(sealed.length, type).toBe(records.length);
      for (const [i, row] of sealed.entries()) {
        expect(JSON.stringify(row, replaceBytes), type).not.toContain('Verzegeld');
        const opened = await openRecord(key, type, row as Parameters<typeof openRecord>[2]);
        expect(opened, type).toEqual(records[i]);
        expect(recordSchemas[type].safeParse(opened).success, type).toBe(true);
      }
    }
  });

  it('holds a sealed client and a sealed draft that open with its key, no name in plain', async () => {
    const fixture = JSON.parse(readFileSync(V6, 'utf8'), reviveBytes) as Fixture;
    const key = await unlock(fixture.tables.lockKeys?.[1], fixture.recoveryKey ?? '');
    const [client] = (fixture.tables.clients ?? []).filter((row) => isSealed(row));
    const [draft] = (fixture.tables.drafts ?? []).filter((row) => isSealed(row));
    expect(JSON.stringify([client, draft], replaceBytes)).not.toContain('Verzegeld');
    const { sealed: clientEnvelope, ...clientPlain } = client as { sealed: unknown };
    expect({
      ...clientPlain,
      ...((await openValue(key, 'clients', SEALED_CLIENT.id, clientEnvelope)) as object),
    }).toEqual(SEALED_CLIENT);
    const { sealed: draftEnvelope } = draft as { sealed: unknown };
    expect(await openValue(key, 'drafts', SEALED_DRAFT.key, draftEnvelope)).toEqual(
      SEALED_DRAFT.value,
    );
  });
});
