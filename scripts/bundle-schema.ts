// Writes docs/bundle.schema.json from the zod schemas. Node 20 cannot run TypeScript, so run it
// through vitest: npm run bundle-schema
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleJsonSchemaText } from '../src/bundle/json-schema';

/** Where the committed schema lives. */
export const schemaPath = fileURLToPath(new URL('../docs/bundle.schema.json', import.meta.url));

/** Writes the generated schema to docs/bundle.schema.json. */
export function writeBundleSchema(): void {
  writeFileSync(schemaPath, bundleJsonSchemaText());
}

/** The committed schema text, or null when the file is missing. */
export function readCommittedSchema(): string | null {
  try {
    return readFileSync(schemaPath, 'utf8');
  } catch {
    return null;
  }
}
