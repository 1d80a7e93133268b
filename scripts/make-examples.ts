// Writes examples/demo-coach.key (a demo coach identity, never for real use) and
// examples/example-client.koers (the fictional client's example data, exported to that key and
// signed with the example client's public demo signing key).
// Node cannot run TypeScript, so run it through vitest:
//   npm run examples
// The key is kept when it exists, so the bundle is regenerated for the same coach.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toBase64 } from '../src/bundle/base64';
import { exportBundle } from '../src/bundle/bundle';
import { emptyRecords } from '../src/bundle/format';
import { generateKeyPair, parseIdentityFile, recipientOf } from '../src/bundle/keys';
import { signingKeyOf } from '../src/bundle/signing';
import { currentSchemaVersion } from '../src/db/schema';
import { buildExampleData } from '../src/domain/example/index';
import { recordTypes } from '../src/domain/records/index';

/** Where the examples live. */
export const keyPath = fileURLToPath(new URL('../examples/demo-coach.key', import.meta.url));
/** The example bundle. */
export const bundlePath = fileURLToPath(
  new URL('../examples/example-client.koers', import.meta.url),
);

/** The fictional client's profile id and the fixed moment the example is dated from. */
export const EXAMPLE_PROFILE = 'e8a3b1c0-0000-4000-8000-00000000c11e';
export const EXAMPLE_NOW = new Date('2026-11-24T10:00:00.000Z');

/** The example records as a bundle would carry them (every type present). */
export function exampleRecords() {
  const data = buildExampleData(EXAMPLE_PROFILE, EXAMPLE_NOW);
  const records = emptyRecords();
  for (const type of recordTypes) {
    (records as Record<string, unknown[]>)[type] = (data[type] ?? []) as unknown[];
  }
  return records;
}

/**
 * The fictional client's signing key: made from a published text, so it is the same at every
 * regeneration (a coach who imported the example once can import a newer one) and plainly
 * public. An example only; never for real use.
 */
export async function exampleSigningKey() {
  const seed = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode('Koers example client signing key: public, never for real use'),
  );
  return signingKeyOf(toBase64(new Uint8Array(seed)));
}

/** The demo identity file text, with the warning comment. */
async function demoKeyText(identity: string): Promise<string> {
  return [
    '# EXAMPLE ONLY: the demo coach key of the Koers examples. It is public; never use it for real data.',
    `# public key: ${await recipientOf(identity)}`,
    identity,
    '',
  ].join('\n');
}

/** Writes (or rewrites) both example files. */
export async function writeExamples(): Promise<void> {
  let identity = existsSync(keyPath) ? parseIdentityFile(readFileSync(keyPath, 'utf8')) : null;
  if (identity === null) {
    identity = (await generateKeyPair()).identity;
    writeFileSync(keyPath, await demoKeyText(identity));
  }
  const bytes = await exportBundle(
    {
      appVersion: '0.1.0',
      schemaVersion: currentSchemaVersion,
      kind: 'client-export',
      createdAt: EXAMPLE_NOW.toISOString(),
      sender: { profileId: EXAMPLE_PROFILE, displayName: 'Ruud (example)' },
      scope: { sections: [...recordTypes] },
      records: exampleRecords(),
    },
    { type: 'recipients', recipients: [await recipientOf(identity)] },
    await exampleSigningKey(),
  );
  writeFileSync(bundlePath, bytes);
}
