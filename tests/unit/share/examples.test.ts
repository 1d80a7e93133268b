// The committed examples: the demo key is marked as an example, and the example bundle opens
// with it, is the current format, validates against docs/bundle.schema.json and holds exactly
// the current example data (minus anything private), record for record.
// Regenerate with `npm run examples`.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCommittedSchema } from '../../../scripts/bundle-schema';
import {
  bundlePath,
  EXAMPLE_PROFILE,
  exampleRecords,
  exampleSigningKey,
  keyPath,
  writeExamples,
} from '../../../scripts/make-examples';
import { decryptAge } from '../../../src/bundle/age-crypto';
import { importBundle } from '../../../src/bundle/bundle';
import { FORMAT_VERSION } from '../../../src/bundle/format';
import { parseIdentityFile } from '../../../src/bundle/keys';
import { checkSenderOwnership } from '../../../src/bundle/ownership';
import { recordTypes } from '../../../src/domain/records/index';

beforeAll(async () => {
  if (process.env.UPDATE_EXAMPLES) await writeExamples();
});

describe('examples', () => {
  it('the demo key says it is an example and never for real use', () => {
    const text = readFileSync(keyPath, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# EXAMPLE ONLY.*never use it for real/);
    expect(parseIdentityFile(text)).toMatch(/^AGE-SECRET-KEY-1/);
  });

  it('the example bundle decrypts with the demo key and matches the current example data', async () => {
    const identity = parseIdentityFile(readFileSync(keyPath, 'utf8')) ?? '';
    const payload = await importBundle(new Uint8Array(readFileSync(bundlePath)), {
      type: 'identity',
      identity,
    });
    expect(payload.manifest.kind).toBe('client-export');
    expect(payload.manifest.sender.profileId).toBe(EXAMPLE_PROFILE);
    // Signed by the example client's public demo key, so a coach's device can pin it.
    expect(payload.signature).toMatchObject({
      state: 'signed',
      publicKey: (await exampleSigningKey()).publicKey,
    });
    checkSenderOwnership(payload);
    const current = exampleRecords();
    for (const type of recordTypes) {
      const expected = (current[type] as { private?: boolean }[]).filter((r) => r.private !== true);
      // Every record as the example data makes it today: ids, texts, ratings, dates.
      expect(payload.records[type], `${type}: run npm run examples`).toEqual(expected);
    }
  });

  it('the example bundle is the current format and validates against the published schema', async () => {
    const identity = parseIdentityFile(readFileSync(keyPath, 'utf8')) ?? '';
    const { plaintext } = await decryptAge(new Uint8Array(readFileSync(bundlePath)), {
      type: 'identity',
      identity,
    });
    const json = JSON.parse(gunzipSync(plaintext).toString('utf8')) as {
      manifest: { formatVersion: number };
    };
    expect(json.manifest.formatVersion, 'run npm run examples').toBe(FORMAT_VERSION);
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readCommittedSchema() ?? '{}'));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
