// Files of an older format still read: a format-1 file cannot hold question sets (added in
// format 2), so they read as empty; a current file must name every record type.
import { describe, expect, it } from 'vitest';
import { buildPayload } from '../../../src/bundle/bundle';
import { BundleError } from '../../../src/bundle/errors';
import { FORMAT_VERSION, MIN_READER_VERSION, recordTypeSince } from '../../../src/bundle/format';
import { DEFAULT_LIMITS } from '../../../src/bundle/limits';
import { validatePayload } from '../../../src/bundle/validate';
import type { InvestigationRecord } from '../../../src/domain/records';
import { investigation, uuid } from '../coach/records';
import { sampleInput } from './helpers';

/** A payload as a format-1 writer made it: no questionSets anywhere. */
function formatOne() {
  const json = JSON.parse(JSON.stringify(buildPayload(sampleInput())));
  json.manifest.formatVersion = 1;
  json.manifest.minReaderVersion = 1;
  delete json.records.questionSets;
  delete json.manifest.counts.questionSets;
  return json;
}

/** The sample with one investigation of the same owner, with `fields`. */
function withInvestigation(fields: Partial<InvestigationRecord>) {
  const input = sampleInput();
  const owner = input.records.valuations[0]?.ownerId ?? uuid(1);
  input.records.investigations = [investigation(50, owner, fields)];
  return input;
}

describe('format versions', () => {
  it('writes the current format and asks for a reader that knows question sets', () => {
    const payload = buildPayload(sampleInput());
    expect(payload.manifest.formatVersion).toBe(FORMAT_VERSION);
    expect(payload.manifest.minReaderVersion).toBe(MIN_READER_VERSION);
    expect(MIN_READER_VERSION).toBeGreaterThanOrEqual(recordTypeSince.questionSets ?? 0);
    expect(payload.records.questionSets).toEqual([]);
  });

  it('reads a format-1 file: question sets are empty, everything else as written', () => {
    const json = formatOne();
    const read = validatePayload(json, DEFAULT_LIMITS);
    expect(read.records.questionSets).toEqual([]);
    expect(read.manifest.counts.questionSets).toBe(0);
    expect(read.records.valuations).toHaveLength(json.records.valuations.length);
  });

  it('reads a format-2 file: its investigations name no question set', () => {
    const json = JSON.parse(JSON.stringify(buildPayload(withInvestigation({}))));
    json.manifest.formatVersion = 2;
    json.manifest.minReaderVersion = 2;
    const read = validatePayload(json, DEFAULT_LIMITS);
    expect(read.records.investigations).toHaveLength(1);
    expect(read.records.investigations[0]?.questionSetId).toBeUndefined();
  });

  it('carries the question set an investigation came from, for readers of version 3 on', () => {
    const named = { questionSetId: uuid(60), questionSetName: 'Loopbaanvragen' };
    const payload = buildPayload(withInvestigation(named));
    expect(payload.manifest.minReaderVersion).toBeGreaterThanOrEqual(3);
    const read = validatePayload(JSON.parse(JSON.stringify(payload)), DEFAULT_LIMITS);
    expect(read.records.investigations[0]).toMatchObject(named);
  });

  it('refuses a current-format file that leaves question sets out', () => {
    const json = formatOne();
    json.manifest.formatVersion = FORMAT_VERSION;
    json.manifest.minReaderVersion = MIN_READER_VERSION;
    const error = (() => {
      try {
        validatePayload(json, DEFAULT_LIMITS);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).kind).toBe('invalid-contents');
  });

  it('refuses a format-1 file whose records hold question sets the manifest does not count', () => {
    const json = formatOne();
    json.records.questionSets = [];
    json.records.questionSets.push({ ...json.records.valuations[0] });
    expect(() => validatePayload(json, DEFAULT_LIMITS)).toThrow(BundleError);
  });
});
