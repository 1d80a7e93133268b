// Interop with the reference age CLI: our files open with `age -d`, and its files import.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readCommittedSchema } from '../../../scripts/bundle-schema';
import { buildPayload, exportBundle, importBundle } from '../../../src/bundle/bundle';
import { decryptIdentityFile, encryptIdentityFile } from '../../../src/bundle/key-file';
import { generateKeyPair } from '../../../src/bundle/keys';
import { FAST_PASS, SIGNER, sampleInput } from './helpers';

const AGE = '/usr/bin/age';
const hasAge = existsSync(AGE);
const hasScript = existsSync('/usr/bin/script');

/** Fails (never skips) with a clear message when a needed tool is missing. */
function requireTools(): void {
  if (!hasAge) throw new Error(`Interop tests need the age CLI at ${AGE}: apt-get install age.`);
  if (!hasScript) throw new Error('Interop tests need `script` (util-linux) to type passphrases.');
}

/** age reads passphrases from the terminal; `script` gives it a pseudo-terminal to read from. */
function agePassphrase(args: string[], passphrase: string, times: number): void {
  const command = [AGE, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const res = spawnSync('script', ['-qec', command, '/dev/null'], {
    input: `${passphrase}\n`.repeat(times),
    timeout: 60_000,
  });
  if (res.status !== 0)
    throw new Error(`age failed: ${res.stdout?.toString()} ${res.stderr?.toString()}`);
}

const validate = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(JSON.parse(readCommittedSchema() ?? '{}'));
};

describe('age CLI interop', () => {
  const dir = mkdtempSync(join(tmpdir(), 'koers-age-'));

  it('a key bundle decrypts with `age -d -i` and validates against docs/bundle.schema.json', async () => {
    requireTools();
    const coach = await generateKeyPair();
    const client = await generateKeyPair();
    for (const armor of [false, true]) {
      const bytes = await exportBundle(
        sampleInput(),
        { type: 'recipients', recipients: [coach.recipient, client.recipient] },
        SIGNER,
        { armor },
      );
      writeFileSync(join(dir, 'bundle.koers'), bytes);
      writeFileSync(join(dir, 'coach.key'), `${coach.identity}\n`);
      execFileSync(AGE, [
        '-d',
        '-i',
        join(dir, 'coach.key'),
        '-o',
        join(dir, 'out.json.gz'),
        join(dir, 'bundle.koers'),
      ]);
      const json = JSON.parse(gunzipSync(readFileSync(join(dir, 'out.json.gz'))).toString('utf8'));
      const check = validate();
      expect(check(json), JSON.stringify(check.errors)).toBe(true);
      // The payload as built, plus the signature as its last member (see signature-cli.test.ts).
      const { signature, ...rest } = json;
      expect(rest).toEqual(JSON.parse(JSON.stringify(buildPayload(sampleInput()))));
      expect(signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    }
  });

  it('a file made by `age -r` from gzipped JSON imports', async () => {
    requireTools();
    const coach = await generateKeyPair();
    const json = JSON.stringify(buildPayload(sampleInput()));
    writeFileSync(join(dir, 'in.json.gz'), gzipSync(json));
    for (const armor of [[], ['-a']]) {
      execFileSync(AGE, [
        '-r',
        coach.recipient,
        ...armor,
        '-o',
        join(dir, 'cli.koers'),
        join(dir, 'in.json.gz'),
      ]);
      const back = await importBundle(readFileSync(join(dir, 'cli.koers')), {
        type: 'identity',
        identity: coach.identity,
      });
      // Made by hand without a signature: it reads, and the importer will ask before using it.
      expect(back).toEqual({ ...JSON.parse(json), signature: { state: 'unsigned' } });
    }
  });

  it('passphrase mode both ways, driving age through a pseudo-terminal', async () => {
    requireTools();
    const bytes = await exportBundle(sampleInput(), FAST_PASS('tulip harbour seven'), SIGNER);
    writeFileSync(join(dir, 'pass.koers'), bytes);
    agePassphrase(
      ['-d', '-o', join(dir, 'pass.json.gz'), join(dir, 'pass.koers')],
      'tulip harbour seven',
      1,
    );
    const text = gunzipSync(readFileSync(join(dir, 'pass.json.gz'))).toString('utf8');
    const json = JSON.parse(text);
    expect(validate()(json)).toBe(true);
    // The very bytes age decrypted, re-encrypted by age: the signature still holds.
    writeFileSync(join(dir, 'in.json.gz'), gzipSync(text));
    agePassphrase(
      ['-p', '-o', join(dir, 'cli-pass.koers'), join(dir, 'in.json.gz')],
      'tulip harbour seven',
      2,
    );
    const back = await importBundle(readFileSync(join(dir, 'cli-pass.koers')), {
      type: 'passphrase',
      passphrase: 'tulip harbour seven',
    });
    const { signature: _signature, ...rest } = json;
    expect(back).toEqual({
      ...rest,
      signature: { state: 'signed', publicKey: SIGNER.publicKey, fingerprint: expect.any(String) },
    });
  }, 600_000);

  it('a coach key file is a passphrase-encrypted identity that age can use', async () => {
    requireTools();
    const coach = await generateKeyPair();
    const keyFile = await encryptIdentityFile(coach.identity, 'key pass', {
      testOnlyInsecureWorkFactor: 10,
      signingSecretKey: SIGNER.secretKey,
    });
    // The device's signing key rides along on a comment line, which age skips.
    expect(await decryptIdentityFile(keyFile, 'key pass')).toEqual({
      identity: coach.identity,
      signingSecretKey: SIGNER.secretKey,
    });
    writeFileSync(join(dir, 'coach.key.age'), keyFile);
    agePassphrase(['-d', '-o', join(dir, 'coach.txt'), join(dir, 'coach.key.age')], 'key pass', 1);
    expect(readFileSync(join(dir, 'coach.txt'), 'utf8')).toContain(coach.identity);
    // age also accepts the encrypted key file directly as -i, asking for its passphrase.
    const bytes = await exportBundle(
      sampleInput(),
      { type: 'recipients', recipients: [coach.recipient] },
      SIGNER,
    );
    writeFileSync(join(dir, 'for-coach.koers'), bytes);
    agePassphrase(
      [
        '-d',
        '-i',
        join(dir, 'coach.key.age'),
        '-o',
        join(dir, 'c.json.gz'),
        join(dir, 'for-coach.koers'),
      ],
      'key pass',
      1,
    );
    expect(readFileSync(join(dir, 'c.json.gz')).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  }, 600_000);
});
