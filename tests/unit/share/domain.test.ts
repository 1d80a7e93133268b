// The pure rules of sharing, computed by hand: scope, file names, reminder, passphrases.
import { describe, expect, it } from 'vitest';
import { chooseWorkFactor } from '../../../src/domain/share/calibration';
import { bundleFileName, slug } from '../../../src/domain/share/file-name';
import {
  estimateEntropyBits,
  generatedEntropyBits,
  generatePassphrase,
  randomIndex,
  strengthOf,
} from '../../../src/domain/share/passphrase';
import { backupReminderDue } from '../../../src/domain/share/reminder';
import {
  countPrivate,
  localDayRange,
  type Selectable,
  selectRecords,
} from '../../../src/domain/share/scope';
import { englishWords } from '../../../src/features/share/words/en';
import { dutchWords } from '../../../src/features/share/words/nl';

const ME = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const base = (id: string, extra: Partial<Selectable> = {}): Selectable => ({
  id,
  ownerId: ME,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  ...extra,
});
const empty = () => ({
  diaryEntries: [] as Selectable[],
  investigations: [] as Selectable[],
  valuations: [] as Selectable[],
  affectLists: [] as Selectable[],
  focusingSessions: [] as Selectable[],
  themes: [] as Selectable[],
  ownReports: [] as Selectable[],
  coachNotes: [] as Selectable[],
  assignments: [] as Selectable[],
  questionSets: [] as Selectable[],
  discussions: [] as Selectable[],
  helpContacts: [] as Selectable[],
});

describe('selectRecords', () => {
  const all = empty();
  all.diaryEntries = [
    base('d1', { occurredAt: '2026-03-01T10:00:00.000Z' }),
    base('d2', { occurredAt: '2026-04-01T10:00:00.000Z' }),
    base('d3', { occurredAt: '2026-03-05T10:00:00.000Z', private: true }),
    base('d4', { occurredAt: '2026-03-06T10:00:00.000Z', ownerId: OTHER }),
    base('d5', { occurredAt: '2026-03-07T10:00:00.000Z', deletedAt: '2026-03-08T00:00:00.000Z' }),
  ];
  all.investigations = [
    base('i1', { startedAt: '2026-03-02T00:00:00.000Z' }),
    base('i2', { startedAt: '2026-05-02T00:00:00.000Z' }),
  ];
  all.valuations = [
    base('v1', { investigationId: 'i1' }),
    base('v2', { investigationId: 'i2' }),
    base('v3', { investigationId: 'i1', private: true }),
  ];
  all.themes = [base('t1')];
  all.discussions = [base('s1', { investigationId: 'i1' }), base('s2', { investigationId: 'i2' })];

  it('takes everything of the owner except private records; tombstones travel', () => {
    const out = selectRecords(all, ME, {
      sections: ['diary', 'zkm', 'focusing', 'themes', 'ownReport'],
    });
    expect(out.diaryEntries.map((r) => r.id)).toEqual(['d1', 'd2', 'd5']);
    expect(out.valuations.map((r) => r.id)).toEqual(['v1', 'v2']);
    expect(out.themes.map((r) => r.id)).toEqual(['t1']);
  });

  it("takes every owner's records for a backup, the coach's notes included", () => {
    const withNotes = { ...all, coachNotes: [base('n1', { ownerId: OTHER })] };
    const out = selectRecords(
      withNotes,
      ME,
      { sections: ['diary', 'coach'] },
      { includePrivate: true, anyOwner: true },
    );
    expect(out.diaryEntries.map((r) => r.id)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(out.coachNotes.map((r) => r.id)).toEqual(['n1']);
    expect(selectRecords(withNotes, ME, { sections: ['coach'] }).coachNotes).toEqual([]);
  });

  it('keeps private records only when asked (backups)', () => {
    const out = selectRecords(all, ME, { sections: ['diary'] }, { includePrivate: true });
    expect(out.diaryEntries.map((r) => r.id)).toEqual(['d1', 'd2', 'd3', 'd5']);
  });

  it('limits dated entries to the range; valuations follow their investigation', () => {
    const out = selectRecords(all, ME, {
      sections: ['diary', 'zkm', 'themes'],
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
    });
    expect(out.diaryEntries.map((r) => r.id)).toEqual(['d1', 'd5']);
    expect(out.investigations.map((r) => r.id)).toEqual(['i1']);
    expect(out.valuations.map((r) => r.id)).toEqual(['v1']);
    expect(out.discussions.map((r) => r.id)).toEqual(['s1']);
    expect(out.themes.map((r) => r.id)).toEqual(['t1']);
  });

  it('bounds a range by local days: 00:30 on the first day in, 00:30 after the last day out', () => {
    // Moments as the client lived them, in the device's zone (the suite runs in three zones).
    const at = (month: number, day: number, hours: number, minutes: number) =>
      new Date(2026, month - 1, day, hours, minutes).toISOString();
    const lived = empty();
    lived.diaryEntries = [
      base('before', { occurredAt: at(2, 28, 23, 59) }),
      base('first-night', { occurredAt: at(3, 1, 0, 30) }),
      base('last-evening', { occurredAt: at(3, 31, 23, 30) }),
      base('after', { occurredAt: at(4, 1, 0, 30) }),
    ];
    const out = selectRecords(lived, ME, {
      sections: ['diary'],
      ...localDayRange('2026-03-01', '2026-03-31'),
    });
    expect(out.diaryEntries.map((r) => r.id)).toEqual(['first-night', 'last-evening']);
    expect(localDayRange('', '')).toEqual({});
    expect(localDayRange('2026-02-30', '')).toEqual({});
  });

  it('takes only the chosen sections', () => {
    const out = selectRecords(all, ME, { sections: ['themes'] });
    expect(out.diaryEntries).toEqual([]);
    expect(out.valuations).toEqual([]);
    expect(out.themes).toHaveLength(1);
  });

  it('counts the private records left behind', () => {
    expect(countPrivate(all, ME, ['diary', 'zkm'])).toBe(2);
    expect(countPrivate(all, ME, ['themes'])).toBe(0);
  });
});

describe('file names', () => {
  it('says who and when, with .koers', () => {
    const d = new Date(2026, 10, 2, 8, 5);
    expect(bundleFileName('Jan de Vries', 'client-export', d)).toBe(
      'koers-export-jan-de-vries-2026-11-02-0805.koers',
    );
    expect(bundleFileName('', 'backup', d)).toBe('koers-backup-2026-11-02-0805.koers');
  });
  it('slugs diacritics and symbols away', () => {
    expect(slug('  Zoë Ötzi / Müller!! ')).toBe('zoe-otzi-muller');
    expect(slug('a'.repeat(60))).toHaveLength(40);
  });
});

describe('backup reminder', () => {
  const now = new Date('2026-06-20T12:00:00.000Z');
  it('is due 14 days after the last backup when something changed since', () => {
    expect(backupReminderDue('2026-06-06T12:00:00.000Z', '2026-06-07T00:00:00.000Z', now)).toBe(
      true,
    );
    expect(backupReminderDue('2026-06-07T12:00:01.000Z', '2026-06-08T00:00:00.000Z', now)).toBe(
      false,
    );
  });
  it('is not due without new entries', () => {
    expect(backupReminderDue('2026-01-01T00:00:00.000Z', '2025-12-31T00:00:00.000Z', now)).toBe(
      false,
    );
    expect(backupReminderDue(null, null, now)).toBe(false);
  });
  it('is due when there never was a backup and there are entries', () => {
    expect(backupReminderDue(null, '2026-06-19T00:00:00.000Z', now)).toBe(true);
  });
});

describe('passphrases', () => {
  it('draws six words from the list with unbiased indices', () => {
    let n = 0;
    const fake = (buf: Uint32Array) => {
      buf[0] = n++;
      return buf;
    };
    expect(generatePassphrase(['a', 'b', 'c'], fake)).toBe('a b c a b c');
    // 2^32 is not a multiple of 3: values at or above 4294967295 are rejected.
    const seq = [0xffffffff, 7];
    const next = (b: Uint32Array) => {
      b[0] = seq.shift() ?? 0;
      return b;
    };
    expect(randomIndex(3, next)).toBe(1);
  });
  it('has at least 66 bits with a 2048-word list', () => {
    expect(generatedEntropyBits(2048)).toBe(66);
    expect(generatedEntropyBits(englishWords.length)).toBeGreaterThanOrEqual(66);
  });
  it('rates typed passphrases conservatively', () => {
    expect(strengthOf(estimateEntropyBits(''))).toBe('too-weak');
    expect(strengthOf(estimateEntropyBits('password'))).toBe('too-weak');
    expect(strengthOf(estimateEntropyBits('aaaaaaaaaaaaaaaaaaaa'))).toBe('too-weak');
    expect(strengthOf(estimateEntropyBits('horse horse horse horse'))).toBe('too-weak');
    expect(strengthOf(estimateEntropyBits('horse battery staple'))).toBe('weak');
    expect(strengthOf(estimateEntropyBits('horse battery staple canal'))).toBe('fair');
    expect(strengthOf(estimateEntropyBits('horse battery staple canal tulip meadow'))).toBe(
      'strong',
    );
  });
});

describe('word lists', () => {
  it.each([
    ['en', englishWords],
    ['nl', dutchWords],
  ])('%s has at least 2048 distinct lowercase a-z words', (_lang, words) => {
    expect(words.length).toBeGreaterThanOrEqual(2048);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toMatch(/^[a-z]{2,}$/);
  });
});

describe('scrypt work factor', () => {
  it('keeps 18 when the device is fast enough and never goes below 17', () => {
    expect(chooseWorkFactor(100, 14)).toBe(18);
    expect(chooseWorkFactor(312, 14)).toBe(18);
    expect(chooseWorkFactor(400, 14)).toBe(17);
    expect(chooseWorkFactor(100_000, 14)).toBe(17);
    expect(chooseWorkFactor(0, 14)).toBe(18);
  });
});
