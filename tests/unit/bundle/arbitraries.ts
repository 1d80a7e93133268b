// fast-check arbitraries for bundles, derived from the JSON Schema of each record type,
// so a record type added to the registry is generated without touching this file.
import fc from 'fast-check';
import { z } from 'zod';
import type { BundleInput } from '../../../src/bundle/bundle';
import type { BundleRecords } from '../../../src/bundle/format';
import { type RecordType, recordSchemas, recordTypes } from '../../../src/domain/records/index';

/** The public key of the sample bundles' signer (helpers.ts SIGNER). */
export const SIGNER_PUBLIC_KEY = '6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw=';

/** The subset of JSON Schema that z.toJSONSchema emits for the record schemas. */
interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  propertyNames?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
}

/** ISO timestamps in a plausible range, as Date.toISOString writes them. */
export const isoArb = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

/** Text with some non-ASCII, kept short so tests stay fast. */
const textArb = (min: number, max: number) =>
  fc.string({ minLength: min, maxLength: Math.min(max, min + 12), unit: 'grapheme' });

/** Arbitrary for one JSON Schema node. */
export function fromSchema(s: Schema): fc.Arbitrary<unknown> {
  if (s.anyOf) return fc.oneof(...s.anyOf.map(fromSchema));
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return fc.uuid({ version: 4 });
      if (s.format === 'date-time') return isoArb;
      return textArb(s.minLength ?? 0, s.maxLength ?? 40).filter(
        (t) =>
          t.length >= (s.minLength ?? 0) && t.length <= (s.maxLength ?? Number.POSITIVE_INFINITY),
      );
    case 'integer':
      return fc.integer({
        min: s.minimum ?? 0,
        max: Math.min(s.maximum ?? 1000, (s.minimum ?? 0) + 1000),
      });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const min = s.minItems ?? 0;
      return fc.array(fromSchema(s.items ?? {}), {
        minLength: min,
        maxLength: Math.min(s.maxItems ?? 3, min + 3),
      });
    }
    case 'object': {
      if (s.properties) {
        const required = new Set(s.required ?? []);
        const keys = Object.keys(s.properties);
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const k of keys) record[k] = fromSchema(s.properties[k] ?? {});
        return fc.record(record, { requiredKeys: keys.filter((k) => required.has(k)) });
      }
      const value = typeof s.additionalProperties === 'object' ? s.additionalProperties : {};
      return fc.dictionary(
        fromSchema(
          s.propertyNames ?? { type: 'string', minLength: 1, maxLength: 8 },
        ) as fc.Arbitrary<string>,
        fromSchema(value),
        { maxKeys: 4 },
      );
    }
    default:
      return fc.constant(null);
  }
}

/** Arbitrary valid record of one type (checked against the zod schema). */
export function recordArb(type: RecordType): fc.Arbitrary<Record<string, unknown>> {
  const schema = recordSchemas[type];
  const json = z.toJSONSchema(schema) as Schema;
  return fromSchema(json)
    .map((r) => r as Record<string, unknown>)
    .filter((r) => schema.safeParse(r).success);
}

/** Arbitrary records object with unique ids per type. */
export function recordsArb(maxPerType = 3): fc.Arbitrary<BundleRecords> {
  const shape: Record<string, fc.Arbitrary<Record<string, unknown>[]>> = {};
  for (const t of recordTypes) {
    shape[t] = fc.uniqueArray(recordArb(t), { maxLength: maxPerType, selector: (r) => r.id });
  }
  return fc.record(shape) as unknown as fc.Arbitrary<BundleRecords>;
}

/** A bundle input around the given records. */
export function inputFor(
  records: BundleRecords,
  kind: BundleInput['kind'] = 'backup',
): BundleInput {
  return {
    appVersion: '0.1.0',
    schemaVersion: 1,
    kind,
    createdAt: '2026-11-24T10:00:00.000Z',
    sender: {
      profileId: '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
      displayName: 'Ruud',
      // The public key of helpers.ts SIGNER (seed of sevens), which signs the sample bundles.
      signingKey: SIGNER_PUBLIC_KEY,
    },
    scope: { sections: [...recordTypes] },
    records,
  };
}
