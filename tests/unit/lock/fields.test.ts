// Every field of every record type is classified as plain or sealed, the indexes stay
// findable, and nothing that holds words or ratings is left plain.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { currentSchemaVersion, storesAt } from '../../../src/db/schema';
import { recordSchemas, recordTypes } from '../../../src/domain/records/index';
import { SEALED_FIELD } from '../../../src/lock/envelope';
import { recordFields, splitRecord } from '../../../src/lock/fields';

type JsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
};

const fieldsOf = (type: (typeof recordTypes)[number]) =>
  Object.keys(recordSchemas[type].shape).sort();

/** True when a value of this schema can hold neither free text nor a rating. */
function carriesNoContent(schema: JsonSchema): boolean {
  if (schema.anyOf) return schema.anyOf.every(carriesNoContent);
  if (schema.enum !== undefined || schema.const !== undefined) return true;
  if (schema.type === 'boolean') return true;
  if (schema.type === 'string')
    return (
      schema.format === 'uuid' || schema.format === 'date-time' || schema.pattern !== undefined
    );
  if (schema.type === 'array') return schema.items !== undefined && carriesNoContent(schema.items);
  return false;
}

describe('the lock’s field classification', () => {
  it('names every field of every record type exactly once, as plain or as sealed', () => {
    for (const type of recordTypes) {
      const { plain, secret } = recordFields[type];
      const named = [...plain, ...secret].map(String);
      expect(new Set(named).size, `${type}: a field named twice`).toBe(named.length);
      expect(named.sort(), type).toEqual(fieldsOf(type));
      // The envelope's own field must never collide with a record field.
      expect(fieldsOf(type), type).not.toContain(SEALED_FIELD);
    }
  });

  it('keeps every Dexie index plain, compound ones included', () => {
    const stores = storesAt(currentSchemaVersion);
    for (const type of recordTypes) {
      const spec = stores[type];
      expect(spec, type).toBeDefined();
      const indexed = (spec ?? '')
        .split(',')
        .flatMap((part) =>
          part
            .trim()
            .replace(/^[[&*+]+|\]$/g, '')
            .split('+'),
        )
        .filter((name) => name !== '');
      for (const name of indexed) {
        expect(recordFields[type].plain as readonly string[], `${type}.${name}`).toContain(name);
      }
    }
  });

  it('leaves plain only ids, dates, kinds, flags and the revision, never text or a rating', () => {
    for (const type of recordTypes) {
      const json = z.toJSONSchema(recordSchemas[type]) as JsonSchema;
      for (const name of recordFields[type].plain.map(String)) {
        const field = json.properties?.[name];
        expect(field, `${type}.${name}`).toBeDefined();
        // The revision is the one plain number: merges compare it without the key.
        const allowed = name === 'rev' || carriesNoContent(field ?? {});
        expect(allowed, `${type}.${name} could hold content: ${JSON.stringify(field)}`).toBe(true);
      }
    }
  });

  it('seals the fields it does not know (fail closed) and drops undefined ones', () => {
    const { plain, secret } = splitRecord('diaryEntries', {
      id: 'a',
      ownerId: 'b',
      occurredAt: '2026-01-02T03:04:05.000Z',
      situation: 'Meeting',
      thinking: undefined,
      newFieldNoOneListed: 'text',
    });
    expect(plain).toEqual({ id: 'a', ownerId: 'b', occurredAt: '2026-01-02T03:04:05.000Z' });
    expect(secret).toEqual({ situation: 'Meeting', newFieldNoOneListed: 'text' });
  });
});
