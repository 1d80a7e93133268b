// The coach's keys on the device (idb-keyval on fake-indexeddb): the main key, other keys,
// making another key the main one without ever losing one, and reading identity files.
import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addCoachIdentity,
  type CoachIdentity,
  getCoachIdentity,
  getMoreCoachIdentities,
  makeMainCoachIdentity,
  removeMoreCoachIdentity,
  setCoachIdentity,
} from '../../../src/db/keys';
import { parseIdentityFile } from '../../../src/domain/share/identity-file';

const key = (n: number, fields: Partial<CoachIdentity> = {}): CoachIdentity => ({
  identity: `AGE-SECRET-KEY-1${'Q'.repeat(57)}${n}`,
  recipient: `age1recipient${n}`,
  fingerprint: `FP-${n}`,
  createdAt: '2026-12-01T10:00:00.000Z',
  backedUpAt: '2026-12-01T10:05:00.000Z',
  ...fields,
});

beforeEach(async () => {
  await clear(createStore('koers-keys', 'keys'));
});

describe('the coach keys', () => {
  it('adds other keys once, beside the main key, and lists them', async () => {
    await setCoachIdentity(key(1));
    expect(await addCoachIdentity(key(1))).toBe(false);
    expect(await addCoachIdentity(key(2, { backedUpAt: null }))).toBe(true);
    expect(await addCoachIdentity(key(2))).toBe(false);
    expect(await addCoachIdentity(key(3, { example: true }))).toBe(true);
    const more = await getMoreCoachIdentities();
    expect(more.map((k) => k.recipient)).toEqual(['age1recipient2', 'age1recipient3']);
    expect(more[0]?.backedUpAt).toBeNull();
    expect(more[1]?.example).toBe(true);
    expect((await getCoachIdentity())?.recipient).toBe('age1recipient1');
  });

  it('makes another key the main one and keeps the old main key', async () => {
    await setCoachIdentity(key(1));
    await addCoachIdentity(key(2));
    await makeMainCoachIdentity('age1recipient2');
    expect((await getCoachIdentity())?.recipient).toBe('age1recipient2');
    expect((await getMoreCoachIdentities()).map((k) => k.recipient)).toEqual(['age1recipient1']);
  });

  it('never makes the public demo key the main one', async () => {
    await setCoachIdentity(key(1));
    await addCoachIdentity(key(3, { example: true }));
    await makeMainCoachIdentity('age1recipient3');
    expect((await getCoachIdentity())?.recipient).toBe('age1recipient1');
  });

  it('forgets one other key and leaves the rest', async () => {
    await addCoachIdentity(key(2));
    await addCoachIdentity(key(3));
    await removeMoreCoachIdentity('age1recipient2');
    expect((await getMoreCoachIdentities()).map((k) => k.recipient)).toEqual(['age1recipient3']);
  });

  it('skips damaged entries instead of failing', async () => {
    const { set } = await import('idb-keyval');
    await set(
      'coach-more-identities',
      [{ identity: 'nope' }, key(4)],
      createStore('koers-keys', 'keys'),
    );
    expect((await getMoreCoachIdentities()).map((k) => k.recipient)).toEqual(['age1recipient4']);
  });
});

describe('parseIdentityFile', () => {
  const id = `AGE-SECRET-KEY-1${'Q'.repeat(58)}`;
  it('reads a plain identity file with comments', () => {
    expect(parseIdentityFile(`# created: today\n# public key: age1x\n${id}\n`)).toBe(id);
    expect(parseIdentityFile(`\r\n${id}\r\n`)).toBe(id);
  });
  it('refuses anything else', () => {
    expect(parseIdentityFile('')).toBeNull();
    expect(parseIdentityFile(`${id}\n${id}\n`)).toBeNull();
    expect(parseIdentityFile('age-encryption.org/v1\n-> scrypt abc 18\n')).toBeNull();
    expect(parseIdentityFile(`${id} trailing`)).toBeNull();
  });
});
