// Round trips: export then import gives back exactly what went in, in both modes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBundle, importBundle, inspectBundle } from '../../../src/bundle/bundle';
import { generateKeyPair } from '../../../src/bundle/keys';
import { inputFor, recordsArb } from './arbitraries';
import { SIGNER, signedByTestKey } from './helpers';

// Test-only low scrypt cost; the app never goes below MIN_WORK_FACTOR (17).
const FAST = { testOnlyInsecureWorkFactor: 10 };

describe('bundle round trip', () => {
  it('passphrase mode: random datasets come back equal', async () => {
    await fc.assert(
      fc.asyncProperty(
        recordsArb(),
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.boolean(),
        async (records, pass, armor) => {
          const input = inputFor(records);
          const bytes = await exportBundle(
            input,
            { type: 'passphrase', passphrase: pass, ...FAST },
            SIGNER,
            { armor },
          );
          expect(inspectBundle(bytes).mode).toBe('passphrase');
          const back = await importBundle(bytes, { type: 'passphrase', passphrase: pass });
          expect(back).toEqual(signedByTestKey(input));
        },
      ),
      { numRuns: 25 },
    );
    // scrypt runs 25 times: generous on a loaded 2-core machine.
  }, 600_000);

  it('key mode: coach and client can both open it', async () => {
    const coach = await generateKeyPair();
    const client = await generateKeyPair();
    await fc.assert(
      fc.asyncProperty(recordsArb(), fc.boolean(), async (records, armor) => {
        const input = inputFor(records, 'client-export');
        const bytes = await exportBundle(
          input,
          { type: 'recipients', recipients: [coach.recipient, client.recipient] },
          SIGNER,
          { armor },
        );
        const info = inspectBundle(bytes);
        expect(info.mode).toBe('key');
        expect(info.stanzaTypes).toEqual(['X25519', 'X25519']);
        for (const who of [coach, client]) {
          const back = await importBundle(bytes, { type: 'identity', identity: who.identity });
          expect(back).toEqual(signedByTestKey(input));
        }
      }),
      { numRuns: 25 },
    );
  });
});
