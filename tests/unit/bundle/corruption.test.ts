// Damage anywhere in a file gives a precise BundleError, never a crash, a hang or a wrong success.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Credential } from '../../../src/bundle/age-crypto';
import { exportBundle, importBundle } from '../../../src/bundle/bundle';
import { BundleError, type BundleErrorKind } from '../../../src/bundle/errors';
import { emptyRecords } from '../../../src/bundle/format';
import { generateKeyPair } from '../../../src/bundle/keys';
import { inputFor } from './arbitraries';
import { FAST_PASS, SIGNER, sampleInput, valuation } from './helpers';

const PASS: Credential = { type: 'passphrase', passphrase: 'pw' };

/** The kind an import fails with, or 'ok'; anything but a BundleError fails the test. */
async function outcome(bytes: Uint8Array, credential: Credential): Promise<BundleErrorKind | 'ok'> {
  try {
    await importBundle(bytes, credential);
    return 'ok';
  } catch (e) {
    if (!(e instanceof BundleError)) throw new Error(`crashed with ${String(e)}`);
    return e.kind;
  }
}

/** Where the header's MAC line ends: everything after is nonce and payload. */
function headerEnd(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  return text.indexOf('\n', text.indexOf('\n--- ') + 1) + 1;
}

/** Kinds acceptable for a flip at `pos`: only the header may look like a wrong key. */
function allowed(pos: number, end: number, credential: Credential): BundleErrorKind[] {
  if (pos < 22) return ['not-a-bundle', 'damaged'];
  if (pos >= end - 1) return ['damaged'];
  // A changed salt, share or wrapped key is indistinguishable from a wrong secret.
  return credential.type === 'passphrase'
    ? ['damaged', 'wrong-passphrase', 'too-large']
    : ['damaged', 'not-for-your-key'];
}

describe('byte flips and truncation', async () => {
  const coach = await generateKeyPair();
  const keyCred: Credential = { type: 'identity', identity: coach.identity };
  const files: [string, Uint8Array, Credential][] = [
    [
      'key',
      await exportBundle(
        sampleInput(),
        { type: 'recipients', recipients: [coach.recipient] },
        SIGNER,
      ),
      keyCred,
    ],
    ['passphrase', await exportBundle(sampleInput(), FAST_PASS('pw'), SIGNER), PASS],
  ];

  for (const [name, bytes, cred] of files) {
    it(`${name}: a flipped bit at every position is caught with the right kind`, async () => {
      const end = headerEnd(bytes);
      for (let pos = 0; pos < bytes.length; pos++) {
        const copy = bytes.slice();
        copy[pos] = (copy[pos] ?? 0) ^ 0x01;
        const kind = await outcome(copy, cred);
        expect(allowed(pos, end, cred), `position ${pos}`).toContain(kind);
      }
      // Hundreds of scrypt runs: about 10 s alone, over 70 s on a loaded 2-core machine (a CI run
      // beside other work). The limit only catches a hang, so it leaves room for any load.
    }, 600_000);

    it(`${name}: truncation at every length is damaged (or not a bundle when nothing is left)`, async () => {
      for (let len = 0; len < bytes.length; len++) {
        const kind = await outcome(bytes.subarray(0, len), cred);
        expect(len < 22 ? ['not-a-bundle'] : ['damaged'], `length ${len}`).toContain(kind);
      }
    }, 600_000);
  }

  it('truncation at a 64 KiB chunk boundary of a multi-chunk file is damaged', async () => {
    const records = emptyRecords();
    // Incompressible text so the payload spans several age chunks.
    const noise = Array.from({ length: 120 }, (_, i) =>
      valuation(1, {
        id: `0b7d3b52-4a0e-4c69-9f5e-${String(i).padStart(12, '0')}`,
        text: Array.from({ length: 1900 }, () =>
          String.fromCharCode(33 + Math.floor(Math.random() * 90)),
        ).join(''),
      }),
    );
    records.valuations = noise as typeof records.valuations;
    const bytes = await exportBundle(
      inputFor(records),
      { type: 'recipients', recipients: [coach.recipient] },
      SIGNER,
    );
    const start = headerEnd(bytes) + 16;
    expect(bytes.length - start).toBeGreaterThan(2 * 65552);
    expect(await outcome(bytes, keyCred)).toBe('ok');
    for (const cut of [start + 65552, start + 2 * 65552, start + 65552 - 1]) {
      expect(await outcome(bytes.subarray(0, cut), keyCred)).toBe('damaged');
    }
  });
});

describe('fuzzing', () => {
  it('random bytes never crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (tail, asAge) => {
        const head = asAge ? new TextEncoder().encode('age-encryption.org/v1\n') : new Uint8Array();
        const bytes = new Uint8Array([...head, ...tail]);
        expect(await outcome(bytes, PASS)).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('random header lines never crash', async () => {
    const line = fc.oneof(
      fc.constantFrom('-> scrypt AAAAAAAAAAAAAAAAAAAAAA 10', '-> X25519 abc', '--- AAAA', '->', ''),
      fc.string({ maxLength: 70 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
        const bytes = new TextEncoder().encode(`age-encryption.org/v1\n${lines.join('\n')}\n`);
        expect(await outcome(bytes, PASS)).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('mutated valid files never crash and never import', async () => {
    const bytes = await exportBundle(sampleInput(), FAST_PASS('pw'), SIGNER, { armor: false });
    const armored = await exportBundle(sampleInput(), FAST_PASS('pw'), SIGNER, { armor: true });
    const edit = fc.record({
      at: fc.nat(),
      value: fc.integer({ min: 0, max: 255 }),
      op: fc.constantFrom('set', 'insert', 'delete'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        async (useArmor, edits) => {
          const arr = [...(useArmor ? armored : bytes)];
          let changed = false;
          for (const { at, value, op } of edits) {
            const i = at % arr.length;
            if (op === 'set' && arr[i] !== value) {
              arr[i] = value;
              changed = true;
            } else if (op === 'insert') {
              arr.splice(i, 0, value);
              changed = true;
            } else if (op === 'delete') {
              arr.splice(i, 1);
              changed = true;
            }
          }
          fc.pre(changed);
          const kind = await outcome(new Uint8Array(arr), PASS);
          // Armor may tolerate whitespace edits, and a set/restore pair can cancel out.
          if (kind === 'ok') return;
          expect(kind).not.toBe('invalid-contents');
        },
      ),
      { numRuns: 200 },
    );
  }, 600_000);
});
