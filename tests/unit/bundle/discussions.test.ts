// Discussions (format 5): a client's export carries them and they come back as written; a
// format-4 file has none and still reads; a coach's return may not carry one.
import { describe, expect, it } from 'vitest';
import { buildPayload, exportBundle, importBundle } from '../../../src/bundle/bundle';
import { BundleError } from '../../../src/bundle/errors';
import { emptyRecords, MIN_READER_VERSION, recordTypeSince } from '../../../src/bundle/format';
import { DEFAULT_LIMITS } from '../../../src/bundle/limits';
import { validatePayload } from '../../../src/bundle/validate';
import { checkWriteRules } from '../../../src/bundle/write-rules';
import { CLIENT, COACH, discussion, investigation, note, uuid } from '../coach/records';
import { inputFor } from './arbitraries';
import { FAST_PASS, SIGNER, signedByTestKey } from './helpers';

/** A file of `kind` from `sender` holding `records`. */
function from(sender: string, kind: 'client-export' | 'coach-return', records = emptyRecords()) {
  const input = inputFor(records, kind);
  return { ...input, sender: { ...input.sender, profileId: sender } };
}

/** A client's export with one investigation and its discussion. */
function withDiscussion() {
  const records = emptyRecords();
  records.investigations = [investigation(40, CLIENT)];
  records.discussions = [discussion(41, CLIENT, uuid(40))];
  return from(CLIENT, 'client-export', records);
}

describe('discussions in bundles', () => {
  it('were added in format 5, which readers must know', () => {
    expect(recordTypeSince.discussions).toBe(5);
    expect(MIN_READER_VERSION).toBeGreaterThanOrEqual(5);
  });

  it('come back from a client export exactly as written', async () => {
    const input = withDiscussion();
    const bytes = await exportBundle(input, FAST_PASS('rode draad'), SIGNER);
    const back = await importBundle(bytes, { type: 'passphrase', passphrase: 'rode draad' });
    expect(back).toEqual(signedByTestKey(input));
    expect(back.records.discussions[0]?.thread).toBe('Steeds bewijzen dat ik het kan');
    expect(back.manifest.counts.discussions).toBe(1);
  });

  it('read as none from a format-4 file, which could not hold them', () => {
    const json = JSON.parse(JSON.stringify(buildPayload(withDiscussion())));
    json.manifest.formatVersion = 4;
    json.manifest.minReaderVersion = 4;
    delete json.records.discussions;
    delete json.manifest.counts.discussions;
    const read = validatePayload(json, DEFAULT_LIMITS);
    expect(read.records.discussions).toEqual([]);
    expect(read.manifest.counts.discussions).toBe(0);
    expect(read.records.investigations).toHaveLength(1);
  });

  it('pass the client-export rules and are refused in a coach return', () => {
    const client = buildPayload(withDiscussion());
    expect(() => checkWriteRules(client, { ownProfileId: COACH })).not.toThrow();

    const records = emptyRecords();
    records.discussions = [discussion(41, COACH, uuid(40))];
    const coachReturn = buildPayload(from(COACH, 'coach-return', records));
    const refusal = (() => {
      try {
        checkWriteRules(coachReturn, { ownProfileId: CLIENT });
      } catch (e) {
        return e;
      }
    })();
    expect(refusal).toBeInstanceOf(BundleError);
    expect((refusal as BundleError).details).toMatchObject({
      path: 'records.discussions[0]',
      problem: 'type-not-allowed',
    });
  });

  it("let a coach's note on a discussion go back to the client", () => {
    const records = emptyRecords();
    records.coachNotes = [
      note(50, CLIENT, { targetType: 'discussions', targetId: uuid(41), visibility: 'client' }),
    ];
    const coachReturn = buildPayload(from(COACH, 'coach-return', records));
    expect(() => checkWriteRules(coachReturn, { ownProfileId: CLIENT })).not.toThrow();
  });
});
