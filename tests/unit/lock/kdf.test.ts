// The passphrase KDFs against known answers: Argon2id as the reference implementation
// (phc-winner-argon2's `argon2` tool, Debian 0~20171227) computes it, PBKDF2 as Python's
// hashlib computes it. The real Argon2id parameters run once here, and their time is printed.
import { describe, expect, it } from 'vitest';
import {
  ARGON2ID_DEFAULT,
  defaultPassphraseKdf,
  derivePassphraseBytes,
  meetsPolicy,
  PBKDF2_DEFAULT,
  webAssemblyRuns,
} from '../../../src/lock/kdf';

const salt = new TextEncoder().encode('koers-test-salt!');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('passphrase key derivation', () => {
  it('computes Argon2id as the reference tool does (m = 64 KiB, t = 2, p = 1)', async () => {
    // echo -n "correct horse battery" | argon2 koers-test-salt! -id -t 2 -k 64 -p 1 -l 32 -r
    const out = await derivePassphraseBytes('correct horse battery', salt, {
      name: 'argon2id',
      memoryKiB: 64,
      iterations: 2,
      parallelism: 1,
    });
    expect(hex(out)).toBe('64c2b55d4318e65a5417f0966d7fab19439de7c6afdab2e750806ea456a22d96');
  });

  it('reads a passphrase in its composed form, however it was typed', async () => {
    // The reference value is for "Wachtwoord met ë" with ë as one code point (U+00EB);
    // here it is typed as e and a combining diaeresis (U+0308).
    const out = await derivePassphraseBytes('Wachtwoord met e\u0308', salt, {
      name: 'argon2id',
      memoryKiB: 64,
      iterations: 2,
      parallelism: 1,
    });
    expect(hex(out)).toBe('40e06256a07e494589c43e80d3d8b7ae6b0b5dcfcacd8a972c3f07e8f788ee92');
  });

  it('computes Argon2id with the real parameters (64 MiB, t = 3, p = 1)', async () => {
    // echo -n "correct horse battery" | argon2 koers-test-salt! -id -t 3 -m 16 -p 1 -l 32 -r
    const start = performance.now();
    const out = await derivePassphraseBytes('correct horse battery', salt, ARGON2ID_DEFAULT);
    const ms = performance.now() - start;
    expect(hex(out)).toBe('181a246c3f1bc557397e1ea4916c40d561d12ed73fb88ed95e2349adfdd2d560');
    console.info(`argon2id m=64MiB t=3 p=1 in Node: ${ms.toFixed(0)} ms`);
  }, 600_000);

  it('computes PBKDF2-SHA-256 as hashlib does', async () => {
    // hashlib.pbkdf2_hmac('sha256', b'correct horse battery', b'koers-test-salt!', 1000)
    const out = await derivePassphraseBytes('correct horse battery', salt, {
      name: 'pbkdf2-sha256',
      iterations: 1000,
    });
    expect(hex(out)).toBe('84f9369f1a7204b9f13338ab4fd1f505bd6acda2deecc9a4e7f6ea2e9b01b885');
  });

  it('holds new wrappers to the policy: Argon2id 64 MiB × 3, or PBKDF2 600,000', () => {
    expect(meetsPolicy(ARGON2ID_DEFAULT)).toBe(true);
    expect(meetsPolicy(PBKDF2_DEFAULT)).toBe(true);
    expect(meetsPolicy({ ...ARGON2ID_DEFAULT, memoryKiB: 32 * 1024 })).toBe(false);
    expect(meetsPolicy({ ...ARGON2ID_DEFAULT, iterations: 2 })).toBe(false);
    expect(meetsPolicy({ name: 'pbkdf2-sha256', iterations: 599_999 })).toBe(false);
    expect(PBKDF2_DEFAULT.iterations).toBe(600_000);
  });

  it('chooses Argon2id where WebAssembly compiles, PBKDF2 where it does not', async () => {
    expect(await webAssemblyRuns()).toBe(true);
    expect(await defaultPassphraseKdf()).toEqual(ARGON2ID_DEFAULT);
    const original = WebAssembly.compile;
    // A CSP without 'wasm-unsafe-eval' leaves WebAssembly in place but refuses to compile.
    WebAssembly.compile = () => Promise.reject(new Error('refused by CSP'));
    try {
      expect(await webAssemblyRuns()).toBe(false);
      expect(await defaultPassphraseKdf()).toEqual(PBKDF2_DEFAULT);
    } finally {
      WebAssembly.compile = original;
    }
  });
});
