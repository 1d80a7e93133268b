// The export's plaintext built in slices: byte for byte the JSON of the payload, checked as
// the reader checks, and encrypted from text by the worker into a bundle that reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPayload, importBundle } from '../../../src/bundle/bundle';
import { BundleError } from '../../../src/bundle/errors';
import {
  checkRecords,
  checkRecordsNow,
  manifestFor,
  payloadJson,
  recordsJson,
  recordsJsonNow,
} from '../../../src/bundle/export-json';
import { type BundleRecords, emptyRecords } from '../../../src/bundle/format';
import { generateKeyPair } from '../../../src/bundle/keys';
import { DEFAULT_LIMITS } from '../../../src/bundle/limits';
import { handleRequest, type WorkerResponse } from '../../../src/bundle/worker-protocol';
import { exportPreparation } from '../../../src/features/share/export-prep';
import { inputFor, recordsArb } from './arbitraries';
import { SIGNER, signedByTestKey, thrown, valuation } from './helpers';

/** A pause that counts how often the work stopped for the browser. */
function countingPause() {
  const counter = { n: 0, pause: () => Promise.resolve().then(() => void counter.n++) };
  return counter;
}

function withValuations(list: unknown[]): BundleRecords {
  const records = emptyRecords();
  records.valuations = list as BundleRecords['valuations'];
  return records;
}

describe('the export JSON in slices', () => {
  it('is exactly JSON.stringify of the payload, whatever the slice size', async () => {
    await fc.assert(
      fc.asyncProperty(
        recordsArb(4),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom('client-export', 'backup') as fc.Arbitrary<'client-export' | 'backup'>,
        async (records, slice, kind) => {
          const input = inputFor(records, kind);
          const payload = buildPayload(input);
          const parts = await recordsJson(payload.records, () => Promise.resolve(), slice);
          expect(payloadJson(payload.manifest, parts).join('')).toBe(JSON.stringify(payload));
          expect(recordsJsonNow(payload.records).join('')).toBe(parts.join(''));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops for the browser after every slice', async () => {
    const records = withValuations([1, 2, 3, 4, 5].map((n) => valuation(n)));
    const json = countingPause();
    await recordsJson(records, json.pause, 2);
    expect(json.n).toBe(3); // valuations 1-2, 3-4, 5
    const check = countingPause();
    await checkRecords(records, check.pause, DEFAULT_LIMITS, 2);
    expect(check.n).toBe(3);
  });
});

describe('the export checks', () => {
  it('refuse what the reader refuses, naming the record', async () => {
    const bad = withValuations([valuation(1), valuation(2, { text: 7 })]);
    const e = (await thrown(() => checkRecords(bad, () => Promise.resolve()))) as BundleError;
    expect([e.kind, e.details.path]).toEqual(['invalid-contents', 'records.valuations[1].text']);
    expect(() => buildPayload({ ...inputFor(bad), records: bad })).toThrow(BundleError);

    const repeated = withValuations([valuation(1), valuation(1)]);
    const r = (await thrown(async () => checkRecordsNow(repeated))) as BundleError;
    expect([r.kind, r.details.path]).toEqual(['invalid-contents', 'records.valuations[1].id']);
  });

  it('refuse a string past the reader’s limit, also in a field the schema does not know', () => {
    const long = withValuations([valuation(1, { extra: 'x'.repeat(101) })]);
    const limits = { ...DEFAULT_LIMITS, maxStringLength: 100 };
    const e = (() => {
      try {
        checkRecordsNow(long, limits);
      } catch (error) {
        return error as BundleError;
      }
      throw new Error('expected an error');
    })();
    expect([e.kind, e.details.limit, e.details.path]).toEqual([
      'too-large',
      'maxStringLength',
      'records.valuations[0]',
    ]);
    expect(() => checkRecordsNow(long)).not.toThrow();
  });

  it('refuse more records than the reader takes', () => {
    const many = withValuations([1, 2, 3].map((n) => valuation(n)));
    expect(() => checkRecordsNow(many, { ...DEFAULT_LIMITS, maxRecordsPerType: 2 })).toThrow(
      /too large/,
    );
    expect(() => checkRecordsNow(many, { ...DEFAULT_LIMITS, maxRecordsTotal: 2 })).toThrow(
      /too large/,
    );
  });

  it('check the manifest too', () => {
    const input = inputFor(emptyRecords());
    const e = (() => {
      try {
        manifestFor({ ...input, appVersion: '' }, emptyRecords());
      } catch (error) {
        return error as BundleError;
      }
      throw new Error('expected an error');
    })();
    expect([e.kind, e.details.path]).toEqual(['invalid-contents', 'manifest.appVersion']);
  });
});

describe('an export prepared on the UI thread and encrypted by the worker', () => {
  it('reads back as the payload, for coach and client', async () => {
    const coach = await generateKeyPair();
    const client = await generateKeyPair();
    await fc.assert(
      fc.asyncProperty(recordsArb(), async (records) => {
        const input = inputFor(records, 'client-export');
        const prep = exportPreparation(records, 'client-export', () => Promise.resolve());
        const manifest = manifestFor(input, prep.records);
        const parts = payloadJson(manifest, await prep.json());
        await prep.checked();
        const response = await new Promise<WorkerResponse>((resolve) => {
          void handleRequest(
            {
              id: 1,
              op: 'encryptJson',
              params: {
                parts,
                target: { type: 'recipients', recipients: [coach.recipient, client.recipient] },
                signer: SIGNER,
              },
            },
            (message) => {
              if (message.type !== 'progress') resolve(message);
            },
          );
        });
        if (response.type !== 'result') throw new Error(JSON.stringify(response));
        for (const who of [coach, client]) {
          const back = await importBundle(response.result as Uint8Array, {
            type: 'identity',
            identity: who.identity,
          });
          expect(back).toEqual(signedByTestKey(input));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('leaves private records home unless it is a backup', async () => {
    const records = withValuations([valuation(1), valuation(2, { private: true })]);
    const ids = (r: BundleRecords) => r.valuations.map((v) => v.id);
    expect(ids(exportPreparation(records, 'client-export').records)).toEqual([valuation(1).id]);
    expect(ids(exportPreparation(records, 'backup').records)).toHaveLength(2);
  });

  it('reports a record the reader would refuse when asked, not before', async () => {
    const prep = exportPreparation(withValuations([valuation(1, { rev: 0 })]), 'client-export');
    prep.start();
    expect((await prep.json()).join('')).toContain('"rev":0');
    const e = (await thrown(() => prep.checked())) as BundleError;
    expect([e.kind, e.details.path]).toEqual(['invalid-contents', 'records.valuations[0].rev']);
  });

  it('can be given up until an export claims it', async () => {
    const records = withValuations([1, 2, 3].map((n) => valuation(n)));
    const dropped = exportPreparation(records, 'client-export');
    dropped.start();
    dropped.cancel();
    await expect(dropped.json()).rejects.toThrow(/cancelled/);
    const kept = exportPreparation(records, 'client-export');
    kept.claim();
    kept.start();
    kept.cancel();
    await expect(kept.checked()).resolves.toBeUndefined();
  });
});
