// Property (fast-check, fixed seed 20261202, printed on failure): a file signed by one key
// and claiming a sender pinned with another never writes, whatever it holds; the digest of
// every store is the same before and after.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../../src/bundle/bundle';
import { BundleError } from '../../../src/bundle/errors';
import { emptyRecords } from '../../../src/bundle/format';
import { generateKeyPair, type KeyPair } from '../../../src/bundle/keys';
import { clientAuthoredTypes } from '../../../src/bundle/write-rules';
import { commitImport, previewImport } from '../../../src/db/bundle-import';
import type { KoersDexie } from '../../../src/db/database';
import type { RecordBase } from '../../../src/domain/records/index';
import { inputFor, recordsArb } from '../bundle/arbitraries';
import { deviceOf, knownKey, testSigner } from '../bundle/helpers';
import { COACH, diary } from '../coach/records';
import { freshDatabase } from '../db/helpers';

const SEED = 20261202;
const PINNED = testSigner(1);
const SENDER = '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';

let db: KoersDexie;
let coach: KeyPair;
beforeAll(async () => {
  db = freshDatabase();
  coach = await generateKeyPair();
  // The coach's device knows the sender: their key is pinned and their records are here.
  await db.senderKeys.put({
    profileId: SENDER,
    displayName: 'Ruud',
    signingKey: PINNED.publicKey,
    fingerprint: (await knownKey(PINNED)).fingerprint,
    pinnedAt: '2026-01-01T00:00:00.000Z',
  });
  await db.diaryEntries.put(diary(10, SENDER));
});
afterAll(async () => {
  await db.delete();
});

/** Every store's rows, in key order, as one string. */
async function digest(): Promise<string> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return JSON.stringify(all);
}

describe('a file claiming a pinned sender, signed by another key', () => {
  it(`never writes (fast-check seed ${SEED})`, async () => {
    const device = deviceOf(COACH, 'coach');
    await fc.assert(
      fc.asyncProperty(
        recordsArb(2),
        fc.integer({ min: 2, max: 255 }),
        fc.constantFrom('client-export' as const, 'coach-return' as const),
        async (random, seed, kind) => {
          // The sender's own records of client types, as a real export of theirs would hold.
          const records = emptyRecords();
          for (const type of clientAuthoredTypes) {
            (records as Record<string, RecordBase[]>)[type] = (random[type] as RecordBase[]).map(
              (r) => ({ ...r, ownerId: SENDER, private: undefined }),
            );
          }
          const input = {
            ...inputFor(records, kind),
            sender: { profileId: SENDER, displayName: 'Ruud' },
          };
          const forger = testSigner(seed);
          const bytes = await exportBundle(
            input,
            { type: 'recipients', recipients: [coach.recipient] },
            forger,
          );
          const opened = await importBundle(bytes, { type: 'identity', identity: coach.identity });
          const before = await digest();
          const preview = await previewImport(opened, db, device).catch((e: unknown) => e);
          const commit = await commitImport(opened, db, { device, acceptUnsigned: true }).catch(
            (e: unknown) => e,
          );
          for (const e of [preview, commit]) {
            expect(e).toBeInstanceOf(BundleError);
            expect((e as BundleError).kind).toBe('sender-key-changed');
          }
          expect(await digest()).toBe(before);
        },
      ),
      { seed: SEED, numRuns: 20 },
    );
  }, 600_000);
});
