// The bundle format covers every record type, and the committed JSON Schema is up to date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCommittedSchema, writeBundleSchema } from '../../../scripts/bundle-schema';
import {
  bundleCounts,
  bundleManifest,
  bundleRecords,
  emptyRecords,
} from '../../../src/bundle/format';
import { bundleJsonSchemaText } from '../../../src/bundle/json-schema';
import { recordSchemas, recordTypes } from '../../../src/domain/records/index';
import { recordArb } from './arbitraries';
import { samplePayloadJson } from './helpers';

describe('bundle format covers the record registry', () => {
  it('records and counts have exactly the registered record types, all required', () => {
    expect(Object.keys(bundleRecords.shape).sort()).toEqual([...recordTypes].sort());
    expect(Object.keys(bundleCounts.shape).sort()).toEqual([...recordTypes].sort());
    expect(Object.keys(emptyRecords()).sort()).toEqual([...recordTypes].sort());
    for (const t of recordTypes) {
      const without: Record<string, unknown> = { ...emptyRecords() };
      delete without[t];
      expect(bundleRecords.safeParse(without).success, `${t} must be required`).toBe(false);
    }
  });

  it('each record type in a bundle is validated with its registry schema', () => {
    for (const t of recordTypes) {
      expect(bundleRecords.shape[t].element, t).toBe(recordSchemas[t]);
    }
  });

  it('generates valid records of every type (the round-trip tests cover them all)', () => {
    for (const t of recordTypes) {
      const [sample] = fc.sample(recordArb(t), 1);
      expect(recordSchemas[t].safeParse(sample).success, t).toBe(true);
    }
  });

  it('the sample manifest validates', () => {
    expect(bundleManifest.safeParse(samplePayloadJson().manifest).success).toBe(true);
  });
});

describe('docs/bundle.schema.json', () => {
  it('matches the schema generated from zod', () => {
    if (process.env.UPDATE_BUNDLE_SCHEMA === '1') writeBundleSchema();
    const committed = readCommittedSchema();
    expect(committed, 'run npm run bundle-schema').toBe(bundleJsonSchemaText());
  });

  it('lists every record type as required', () => {
    const schema = z.toJSONSchema(bundleRecords) as { required?: string[] };
    expect([...(schema.required ?? [])].sort()).toEqual([...recordTypes].sort());
  });
});
