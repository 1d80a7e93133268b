// The record envelope: every record type comes back as it went in, nothing of its words or
// ratings shows in what is stored, and a blob moved to another record does not open there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordTypes } from '../../../src/domain/records/index';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { isSealed, openRecord, type SealedRecord, sealRecord } from '../../../src/lock/envelope';
import { isLockError } from '../../../src/lock/errors';
import { recordFields } from '../../../src/lock/fields';
import { recordArb } from '../bundle/arbitraries';

const MARKER = 'ZQX-marker-7f3a9c-Ünïcödé';

const newKey = () => importDataKey(newDataKeyBytes());

const ids = {
  entry: '0b9f3c1e-4a52-4f6c-9d7e-2a1b3c4d5e6f',
  other: '1c8e2d0f-3b41-4e5b-8c6d-1f0a2b3c4d5e',
  owner: '6f5e4d3c-2b1a-4e7d-8c6f-5a4b3c2d1e0f',
  theme: '2d7f1e9a-0c3b-4a5d-9e8f-7a6b5c4d3e2f',
};
const header = {
  ownerId: ids.owner,
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
  rev: 2,
};
const entry = {
  ...header,
  id: ids.entry,
  occurredAt: '2026-11-29T17:30:00.000Z',
  themeId: ids.theme,
  area: 'work',
  situation: `In the meeting ${MARKER}`,
  thinking: MARKER,
  feelingIntensity: 7,
  affectRatings: { joy: 1, anger: 4 },
  triedNew: `I said it out loud (${MARKER})`,
};
const valuation = {
  ...header,
  id: ids.other,
  investigationId: ids.theme,
  text: `My father's workshop ${MARKER}`,
  timeFrame: 'past',
  order: 0,
  ratings: { joy: 5, pride: 3 },
};

async function damage(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (isLockError(error, 'damaged-record')) return error.reason;
    throw error;
  }
  return 'opened';
}

/** Every encoding the marker could appear in on disk. */
function encodings(text: string): Buffer[] {
  const utf16be = Buffer.from(text, 'utf16le');
  utf16be.swap16();
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), utf16be];
}

describe('the record envelope', () => {
  it('brings back a record of every type as it was sealed', async () => {
    const key = await newKey();
    for (const type of recordTypes) {
      await fc.assert(
        fc.asyncProperty(recordArb(type), async (record) => {
          const sealed = await sealRecord(key, type, record);
          expect(await openRecord(key, type, sealed)).toEqual(record);
        }),
        { numRuns: 15 },
      );
    }
  });

  it('stores only the plain fields beside the envelope', async () => {
    const key = await newKey();
    const sealed = await sealRecord(key, 'diaryEntries', entry);
    expect(sealed).toEqual({
      id: ids.entry,
      ...header,
      occurredAt: entry.occurredAt,
      themeId: ids.theme,
      sealed: { v: 1, iv: expect.any(Uint8Array), ct: expect.any(Uint8Array) },
    });
    for (const name of Object.keys(sealed)) {
      if (name === 'sealed') continue;
      expect(recordFields.diaryEntries.plain as readonly string[]).toContain(name);
    }
  });

  it('holds the marker text nowhere in what is stored, in UTF-8 or UTF-16', async () => {
    const key = await newKey();
    for (const [type, record] of [
      ['diaryEntries', entry],
      ['valuations', valuation],
    ] as const) {
      const sealed = await sealRecord(key, type, record);
      // The stored bytes: the plain fields as text and the envelope's nonce and ciphertext.
      const { sealed: envelope, ...plain } = sealed;
      const bytes = Buffer.concat([
        Buffer.from(JSON.stringify(plain), 'utf8'),
        Buffer.from(envelope.iv),
        Buffer.from(envelope.ct),
      ]);
      for (const encoded of encodings(MARKER)) {
        expect(bytes.includes(encoded), `${type}`).toBe(false);
      }
      // The check itself finds the marker where it is in plain text.
      const plainText = Buffer.from(JSON.stringify(record), 'utf8');
      expect(plainText.includes(encodings(MARKER)[0] as Buffer)).toBe(true);
    }
  });

  it('does not open a blob moved to another record or another type', async () => {
    const key = await newKey();
    const a = await sealRecord(key, 'diaryEntries', entry);
    const b = await sealRecord(key, 'diaryEntries', { ...entry, id: ids.other, situation: 'B' });
    const swapped: SealedRecord = { ...b, sealed: a.sealed };
    expect(await damage(openRecord(key, 'diaryEntries', swapped))).toBe('authentication');
    const sameIdOtherType = await sealRecord(key, 'valuations', { ...valuation, id: ids.entry });
    const crossed: SealedRecord = { ...a, sealed: sameIdOtherType.sealed };
    expect(await damage(openRecord(key, 'diaryEntries', crossed))).toBe('authentication');
    expect(await damage(openRecord(key, 'valuations', a))).toBe('authentication');
    // The unswapped records still open.
    expect((await openRecord(key, 'diaryEntries', b)).situation).toBe('B');
  });

  it('calls a changed byte, another key, a new version or a broken envelope damage', async () => {
    const key = await newKey();
    const sealed = await sealRecord(key, 'diaryEntries', entry);
    const flipped = structuredClone(sealed);
    flipped.sealed.ct[3] = (flipped.sealed.ct[3] ?? 0) ^ 1;
    expect(await damage(openRecord(key, 'diaryEntries', flipped))).toBe('authentication');
    expect(await damage(openRecord(await newKey(), 'diaryEntries', sealed))).toBe('authentication');
    const newer = { ...sealed, sealed: { ...sealed.sealed, v: 2 } } as unknown as SealedRecord;
    expect(await damage(openRecord(key, 'diaryEntries', newer))).toBe('version');
    const shortIv = { ...sealed, sealed: { ...sealed.sealed, iv: new Uint8Array(8) } };
    expect(await damage(openRecord(key, 'diaryEntries', shortIv))).toBe('schema');
    const none = { ...sealed, sealed: undefined } as unknown as SealedRecord;
    expect(await damage(openRecord(key, 'diaryEntries', none))).toBe('schema');
  });

  it('tells a sealed record from a plain one, and never seals one twice', async () => {
    const key = await newKey();
    const sealed = await sealRecord(key, 'diaryEntries', entry);
    expect(isSealed(sealed)).toBe(true);
    expect(isSealed(entry)).toBe(false);
    await expect(sealRecord(key, 'diaryEntries', sealed)).rejects.toThrow(/sealed already/);
    const { id: _id, ...noId } = sealed;
    expect(await damage(openRecord(key, 'diaryEntries', noId as SealedRecord))).toBe('schema');
  });

  it('survives IndexedDB’s structured clone', async () => {
    const key = await newKey();
    const sealed = structuredClone(await sealRecord(key, 'valuations', valuation));
    expect(await openRecord(key, 'valuations', sealed)).toEqual(valuation);
  });
});
