// Every error kind, each from a crafted file, with the specifics the UI needs.
import { describe, expect, it } from 'vitest';
import { encryptAge } from '../../../src/bundle/age-crypto';
import { exportBundle, importBundle } from '../../../src/bundle/bundle';
import { BundleError } from '../../../src/bundle/errors';
import { fingerprint } from '../../../src/bundle/fingerprint';
import { READER_VERSION } from '../../../src/bundle/format';
import { gzip } from '../../../src/bundle/gzip';
import { generateKeyPair } from '../../../src/bundle/keys';
import {
  craft,
  FAST_PASS,
  SIGNER,
  sampleInput,
  samplePayloadJson,
  thrown,
  valuation,
} from './helpers';

const PASS = { type: 'passphrase', passphrase: 'correct horse' } as const;

/** Imports and returns the BundleError thrown. */
async function failure(
  bytes: Uint8Array,
  credential: Parameters<typeof importBundle>[1] = PASS,
  limits = {},
) {
  const e = await thrown(() => importBundle(bytes, credential, { limits }));
  expect(e).toBeInstanceOf(BundleError);
  return e as BundleError;
}

const enc = (s: string) => new TextEncoder().encode(s);

describe('not-a-bundle', () => {
  it('rejects empty, random, gzip and plain JSON files, saying what they are', async () => {
    expect((await failure(new Uint8Array())).kind).toBe('not-a-bundle');
    expect((await failure(enc('hello world'))).kind).toBe('not-a-bundle');
    const gz = await failure(await gzip(enc('{}')));
    expect(gz.kind).toBe('not-a-bundle');
    expect(gz.message).toMatch(/compressed/);
    const json = await failure(enc('  {"manifest":{}}'));
    expect(json.message).toMatch(/JSON/);
  });

  it('rejects an age file that holds something other than a Koers bundle', async () => {
    const bytes = await craft({ hello: 'world' }, FAST_PASS(PASS.passphrase));
    expect((await failure(bytes)).kind).toBe('not-a-bundle');
  });
});

describe('damaged', () => {
  it('truncated file, flipped payload byte, flipped MAC byte, broken armor, non-gzip payload', async () => {
    const bytes = await exportBundle(sampleInput(), FAST_PASS(PASS.passphrase), SIGNER);
    expect((await failure(bytes.subarray(0, bytes.length - 5))).kind).toBe('damaged');
    const payloadFlip = bytes.slice();
    payloadFlip[bytes.length - 20] = (payloadFlip[bytes.length - 20] ?? 0) ^ 1;
    expect((await failure(payloadFlip)).kind).toBe('damaged');
    // The MAC line is `--- <base64>\n`; flip a character of the MAC itself.
    const text = new TextDecoder('latin1').decode(bytes);
    const macAt = text.indexOf('\n--- ') + 6;
    const macFlip = bytes.slice();
    macFlip[macAt] = (macFlip[macAt] ?? 0) === 0x41 ? 0x42 : 0x41;
    const mac = await failure(macFlip);
    expect(mac.kind).toBe('damaged');
    expect(mac.message).toMatch(/header/);
    const armored = new TextDecoder().decode(
      await exportBundle(sampleInput(), FAST_PASS(PASS.passphrase), SIGNER, { armor: true }),
    );
    expect((await failure(enc(armored.slice(0, 200)))).kind).toBe('damaged');
    const raw = await encryptAge(enc('not gzip'), FAST_PASS(PASS.passphrase));
    expect((await failure(raw)).kind).toBe('damaged');
  });
});

describe('wrong-passphrase and not-for-your-key', () => {
  it('a wrong passphrase is reported as such', async () => {
    const bytes = await exportBundle(sampleInput(), FAST_PASS(PASS.passphrase), SIGNER);
    const e = await failure(bytes, { type: 'passphrase', passphrase: 'wrong horse' });
    expect(e.kind).toBe('wrong-passphrase');
  });

  it('another key is reported with the fingerprint of the key tried', async () => {
    const coach = await generateKeyPair();
    const other = await generateKeyPair();
    const bytes = await exportBundle(
      sampleInput(),
      { type: 'recipients', recipients: [coach.recipient] },
      SIGNER,
    );
    const e = await failure(bytes, { type: 'identity', identity: other.identity });
    expect(e.kind).toBe('not-for-your-key');
    expect(e.details.triedFingerprint).toBe(other.fingerprint);
    expect(e.message).toContain(other.fingerprint);
    expect(await fingerprint(other.recipient)).toBe(other.fingerprint);
  });

  it('a passphrase for a key file, or a key for a passphrase file, says what is needed', async () => {
    const coach = await generateKeyPair();
    const keyFile = await exportBundle(
      sampleInput(),
      { type: 'recipients', recipients: [coach.recipient] },
      SIGNER,
    );
    const a = await failure(keyFile, PASS);
    expect([a.kind, a.details.needs]).toEqual(['wrong-passphrase', 'key']);
    const passFile = await exportBundle(sampleInput(), FAST_PASS(PASS.passphrase), SIGNER);
    const b = await failure(passFile, { type: 'identity', identity: coach.identity });
    expect([b.kind, b.details.needs]).toEqual(['not-for-your-key', 'passphrase']);
  });
});

describe('newer-version', () => {
  it('a manifest asking for a newer reader is refused before any other check', async () => {
    const json = samplePayloadJson();
    json.manifest.minReaderVersion = READER_VERSION + 1;
    json.manifest.formatVersion = READER_VERSION + 1;
    json.manifest.somethingNew = { x: 1 };
    const e = await failure(await craft(json, FAST_PASS(PASS.passphrase)));
    expect(e.kind).toBe('newer-version');
    expect(e.details.minReaderVersion).toBe(READER_VERSION + 1);
  });
});

describe('invalid-contents', () => {
  it('names the record type, index and field of a bad record', async () => {
    const json = samplePayloadJson();
    json.records.valuations = [valuation(1), valuation(2, { ratings: { joy: 9 } })];
    json.manifest.counts = { ...(json.manifest.counts as object), valuations: 2 };
    const e = await failure(await craft(json, FAST_PASS(PASS.passphrase)));
    expect(e.kind).toBe('invalid-contents');
    expect(e.details).toMatchObject({
      recordType: 'valuations',
      recordIndex: 1,
      field: 'ratings.joy',
    });
    expect(e.details.path).toBe('records.valuations[1].ratings.joy');
  });

  it('refuses a rating keyed `__proto__`, which would otherwise vanish on the way in', async () => {
    const json = samplePayloadJson();
    // Parsed, so `__proto__` is an own key, as it is in a file's JSON.
    const ratings = JSON.parse('{"__proto__": 3, "joy": 2}');
    json.records.valuations = [valuation(1), valuation(2, { ratings })];
    json.manifest.counts = { ...(json.manifest.counts as object), valuations: 2 };
    const e = await failure(await craft(json, FAST_PASS(PASS.passphrase)));
    expect(e.kind).toBe('invalid-contents');
    expect(e.details.path).toBe('records.valuations[1].ratings.__proto__');
  });

  it('a missing record type, an unknown one, a count mismatch, a repeated id, bad JSON', async () => {
    const cases: [(j: ReturnType<typeof samplePayloadJson>) => void, string][] = [
      [(j) => delete j.records.themes, 'records.themes'],
      [(j) => (j.records.dreams = []), 'records.dreams'],
      [(j) => Object.assign(j.records, { toString: [] }), 'records.toString'],
      [(j) => j.records.valuations?.pop(), 'manifest.counts.valuations'],
      [
        (j) => (j.records.valuations = [valuation(1), valuation(1), valuation(3)]),
        'records.valuations[1].id',
      ],
      [(j) => (j.manifest.kind = 'gift'), 'manifest.kind'],
    ];
    for (const [tamper, path] of cases) {
      const json = samplePayloadJson();
      tamper(json);
      const e = await failure(await craft(json, FAST_PASS(PASS.passphrase)));
      expect([e.kind, e.details.path]).toEqual(['invalid-contents', path]);
    }
    const notJson = await encryptAge(await gzip(enc('{"manifest": ')), FAST_PASS(PASS.passphrase));
    expect((await failure(notJson)).kind).toBe('invalid-contents');
  });
});

describe('too-large', () => {
  it('refuses a hostile scrypt work factor before running scrypt', async () => {
    const bytes = await exportBundle(sampleInput(), FAST_PASS(PASS.passphrase), SIGNER);
    const text = new TextDecoder('latin1').decode(bytes);
    const hostile = Uint8Array.from(text.replace(/^(-> scrypt \S+) 10$/m, '$1 40'), (c) =>
      c.charCodeAt(0),
    );
    // No clock: scrypt at 2^40 would not finish (or would fail for memory) long before the
    // test's timeout, and only the check before it names the limit and the factor it read.
    const e = await failure(hostile);
    expect(e.details).toMatchObject({ limit: 'maxWorkFactor', actual: 40 });
    expect(e.kind).toBe('too-large');
  });

  it('enforces file size, decompressed size, record counts and string length', async () => {
    const bytes = await exportBundle(sampleInput(), FAST_PASS(PASS.passphrase), SIGNER);
    const limit = async (limits: object) => (await failure(bytes, PASS, limits)).details.limit;
    expect(await limit({ maxFileBytes: 100 })).toBe('maxFileBytes');
    expect(await limit({ maxJsonBytes: 100 })).toBe('maxJsonBytes');
    expect(await limit({ maxRecordsPerType: 2 })).toBe('maxRecordsPerType');
    expect(await limit({ maxRecordsTotal: 2 })).toBe('maxRecordsTotal');
    expect(await limit({ maxStringLength: 10 })).toBe('maxStringLength');
  });

  it('stops a gzip bomb at the decompressed-size limit', async () => {
    const bomb = await encryptAge(
      await gzip(new Uint8Array(8 * 1024 * 1024)),
      FAST_PASS(PASS.passphrase),
    );
    expect(bomb.length).toBeLessThan(64 * 1024);
    const e = await failure(bomb, PASS, { maxJsonBytes: 1024 * 1024 });
    expect([e.kind, e.details.limit]).toEqual(['too-large', 'maxJsonBytes']);
  });
});
