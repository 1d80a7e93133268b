// The committed examples: the demo key is marked as an example, and the example bundle opens
// with it and holds exactly the current example data (minus anything private).
// Regenerate with UPDATE_EXAMPLES=1 npx vitest run --project unit tests/unit/share/examples.test.ts
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bundlePath,
  EXAMPLE_PROFILE,
  exampleRecords,
  exampleSigningKey,
  keyPath,
  writeExamples,
} from '../../../scripts/make-examples';
import { importBundle } from '../../../src/bundle/bundle';
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
      expect(payload.records[type].length, `${type}: run UPDATE_EXAMPLES=1`).toBe(expected.length);
    }
  });
});
