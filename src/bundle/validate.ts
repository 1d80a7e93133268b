// Validating decrypted JSON: limits, manifest and version, then every record with its path.
import { recordSchemas, recordTypes } from '../domain/records/index';
import { BundleError } from './errors';
import {
  BUNDLE_FORMAT,
  type BundlePayload,
  bundleCounts,
  bundleManifest,
  READER_VERSION,
  recordTypeSince,
} from './format';
import type { BundleLimits } from './limits';

/** Decodes UTF-8 JSON text; anything unreadable is invalid-contents. */
export function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new BundleError(
      'invalid-contents',
      'The bundle contents are not valid text.',
      { path: '' },
      e,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BundleError(
      'invalid-contents',
      'The bundle contents are not valid JSON.',
      { path: '' },
      e,
    );
  }
}

/** A name that reads unambiguously after a dot in a path. */
const PLAIN_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a zod-style path as `a.b[3].c`; a name that is not a plain identifier (a dot, a
 * bracket, a space, nothing at all) is quoted, `records["a.b"]`, so the path names the real
 * place in the file. Long names are cut at 64 characters.
 */
export function formatPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else {
      const name = String(p);
      const shown = name.length > 64 ? `${name.slice(0, 64)}…` : name;
      if (!PLAIN_NAME.test(name)) out += `[${JSON.stringify(shown)}]`;
      else out += out.length === 0 ? shown : `.${shown}`;
    }
  }
  return out;
}

/** A plain object (not an array, not null). */
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The length of the longest string or object key anywhere in `value` (iterative walk). */
export function longestString(value: unknown): number {
  let longest = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length > longest) longest = v.length;
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (typeof v === 'object' && v !== null) {
      for (const k in v) {
        if (k.length > longest) longest = k.length;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  return longest;
}

/** Walks the JSON iteratively (no recursion, so deep nesting cannot overflow the stack). */
export function checkStringLimits(value: unknown, limits: BundleLimits): void {
  // A quick pass without paths first; the path is worked out only for a file that fails.
  if (longestString(value) <= limits.maxStringLength) return;
  const stack: { v: unknown; path: PropertyKey[] }[] = [{ v: value, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { v, path } = item;
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength) {
        throw new BundleError('too-large', 'The bundle holds a text that is too long.', {
          path: formatPath(path),
          limit: 'maxStringLength',
          max: limits.maxStringLength,
          actual: v.length,
        });
      }
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => {
        stack.push({ v: x, path: [...path, i] });
      });
    } else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (k.length > limits.maxStringLength) {
          throw new BundleError('too-large', 'The bundle holds a name that is too long.', {
            path: formatPath(path),
            limit: 'maxStringLength',
          });
        }
        stack.push({ v: x, path: [...path, k] });
      }
    }
  }
}

/** Checks record counts against the limits, before validating any record. */
function checkCountLimits(records: Record<string, unknown>, limits: BundleLimits): void {
  let total = 0;
  for (const [type, list] of Object.entries(records)) {
    if (!Array.isArray(list)) continue;
    total += list.length;
    if (list.length > limits.maxRecordsPerType) {
      throw new BundleError('too-large', `The bundle holds too many records of type ${type}.`, {
        path: `records.${type}`,
        recordType: type,
        limit: 'maxRecordsPerType',
        max: limits.maxRecordsPerType,
        actual: list.length,
      });
    }
  }
  if (total > limits.maxRecordsTotal) {
    throw new BundleError('too-large', 'The bundle holds too many records.', {
      path: 'records',
      limit: 'maxRecordsTotal',
      max: limits.maxRecordsTotal,
      actual: total,
    });
  }
}

/** An invalid-contents error at `path`. */
function invalid(message: string, path: string, extra: Partial<BundleError['details']> = {}) {
  return new BundleError('invalid-contents', message, { path, ...extra });
}

/** Checks format name and reader version first, so a newer file is reported as such. */
export function checkFormatAndVersion(root: unknown): Record<string, unknown> {
  if (!isObject(root) || !isObject(root.manifest) || root.manifest.format !== BUNDLE_FORMAT) {
    throw new BundleError('not-a-bundle', 'This file decrypts, but it is not a Koers bundle.');
  }
  const min = root.manifest.minReaderVersion;
  if (typeof min === 'number' && Number.isInteger(min) && min > READER_VERSION) {
    throw new BundleError(
      'newer-version',
      'This bundle was made by a newer version of Koers. Update the app to open it.',
      { minReaderVersion: min },
    );
  }
  return root;
}

/** Gives a file of an older format the record types added since, empty, before validation. */
function addLaterTypes(root: Record<string, unknown>): void {
  const manifest = root.manifest as Record<string, unknown>;
  const version = manifest.formatVersion;
  const { records, counts } = { records: root.records, counts: manifest.counts };
  if (typeof version !== 'number' || !isObject(records) || !isObject(counts)) return;
  for (const [type, since] of Object.entries(recordTypeSince)) {
    if (version >= since || type in records || type in counts) continue;
    records[type] = [];
    counts[type] = 0;
  }
}

/** Validates decrypted JSON as a bundle; throws not-a-bundle, newer-version, invalid-contents or too-large. */
export function validatePayload(root: unknown, limits: BundleLimits): BundlePayload {
  const obj = checkFormatAndVersion(root);
  checkStringLimits(obj, limits);
  addLaterTypes(obj);
  const manifest = bundleManifest.safeParse(obj.manifest);
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    const path = formatPath(['manifest', ...(issue?.path ?? [])]);
    throw invalid(`The bundle manifest is invalid at ${path}: ${issue?.message ?? ''}`, path);
  }
  if (Array.isArray(obj.records)) {
    throw invalid(
      'The bundle holds its records as one list instead of one list per record type.',
      'records',
      { problem: 'records-not-by-type' },
    );
  }
  if (!isObject(obj.records)) {
    throw invalid('The bundle has no records.', 'records', { problem: 'no-records' });
  }
  const records = obj.records;
  for (const key of Object.keys(records)) {
    // Own keys only: `in` would let `toString`, `constructor` or `__proto__` through unseen.
    if (!Object.hasOwn(recordSchemas, key)) {
      throw invalid(
        `The bundle holds an unknown record type "${key.slice(0, 64)}".`,
        formatPath(['records', key]),
        { problem: 'unknown-type' },
      );
    }
  }
  checkCountLimits(records, limits);
  const out: Record<string, unknown[]> = {};
  for (const type of recordTypes) {
    const list = records[type];
    if (list !== undefined && !Array.isArray(list)) {
      throw invalid(`The records of type ${type} are not a list.`, `records.${type}`, {
        recordType: type,
        problem: 'not-a-list',
      });
    }
    if (!Array.isArray(list)) {
      throw invalid(`The bundle lacks the record type ${type}.`, `records.${type}`, {
        recordType: type,
        problem: 'missing-type',
      });
    }
    const schema = recordSchemas[type];
    const seen = new Set<string>();
    const parsed: unknown[] = [];
    for (const [index, record] of list.entries()) {
      const result = schema.safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = formatPath(issue?.path ?? []);
        const path = `records.${type}[${index}]${field ? `.${field}` : ''}`;
        throw invalid(
          `Record ${index} of type ${type} is invalid${field ? ` in field ${field}` : ''}: ${issue?.message ?? ''}`,
          path,
          { recordType: type, recordIndex: index, field },
        );
      }
      if (seen.has(result.data.id)) {
        throw invalid(
          `Record ${index} of type ${type} repeats the id of an earlier record.`,
          `records.${type}[${index}].id`,
          { recordType: type, recordIndex: index, field: 'id', problem: 'repeated-id' },
        );
      }
      seen.add(result.data.id);
      parsed.push(result.data);
    }
    out[type] = parsed;
  }
  const counts = bundleCounts.parse(manifest.data.counts);
  for (const type of recordTypes) {
    // A count that disagrees means records went missing (or were added) after writing.
    if (counts[type] !== out[type]?.length) {
      throw invalid(
        `The manifest promises ${counts[type]} records of type ${type} but the bundle holds ${out[type]?.length ?? 0}.`,
        `manifest.counts.${type}`,
        { recordType: type },
      );
    }
  }
  return { manifest: manifest.data, records: out as unknown as BundlePayload['records'] };
}
