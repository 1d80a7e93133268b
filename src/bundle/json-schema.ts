// The bundle payload as JSON Schema, for people and tools reading a decrypted bundle.
import { z } from '../domain/zod';
import { bundlePayload } from './format';

/** The JSON Schema text of the decrypted bundle JSON, as committed in docs/bundle.schema.json. */
export function bundleJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(bundlePayload, { target: 'draft-2020-12' }),
    $id: 'https://koers.app/schemas/bundle-v1.json',
    title: 'Koers bundle (decrypted and decompressed JSON), format version 1',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
