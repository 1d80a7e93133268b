// Counts pick their message by Intl.PluralRules: "1 diary form", never "1 diary forms".
import { describe, expect, it } from 'vitest';
import { diaryMessages } from '../../../src/features/diary/messages';
import { zkmMessages } from '../../../src/features/zkm/messages';
import { fillMessage, pluralForm } from '../../../src/i18n/translate';

describe('plural forms', () => {
  it('are one for exactly 1 and other for 0, 2 and 1.5 in English and Dutch', () => {
    for (const language of ['en', 'nl'] as const) {
      expect([0, 1, 2, 1.5].map((n) => pluralForm(language, n))).toEqual([
        'other',
        'one',
        'other',
        'other',
      ]);
    }
  });

  it('give the diary total its singular', () => {
    const key = { one: 'diary.insight.total.one', other: 'diary.insight.total' } as const;
    const total = (language: 'en' | 'nl', count: number) =>
      fillMessage(language, diaryMessages[language][key[pluralForm(language, count)]], { count });
    expect(total('en', 1)).toBe('1 diary form in total');
    expect(total('en', 3)).toBe('3 diary forms in total');
    expect(total('nl', 1)).toBe('1 dagboekformulier in totaal');
  });

  it('give the ZKM counts their singular: pairs, incomplete valuations, open problems', () => {
    const say = (language: 'en' | 'nl', base: string, count: number, extra = {}) => {
      const key = `${base}.${pluralForm(language, count)}` as keyof (typeof zkmMessages)['en'];
      return fillMessage(language, zkmMessages[language][key], { count, ...extra });
    };
    expect(say('en', 'zkm.heatmap.count', 1, { threshold: '0,50' })).toBe(
      '1 pair with |r| of at least 0,50',
    );
    expect(say('en', 'zkm.heatmap.count', 4, { threshold: '0.50' })).toBe(
      '4 pairs with |r| of at least 0.50',
    );
    expect(say('nl', 'zkm.heatmap.count', 1, { threshold: '0,50' })).toBe(
      '1 paar met |r| van minstens 0,50',
    );
    expect(say('en', 'zkm.re.problems', 1)).toBe('1 valuation still needs your attention.');
    expect(say('nl', 'zkm.re.problems', 2)).toBe('2 waarderingen vragen nog je aandacht.');
    expect(say('en', 'zkm.results.incomplete', 1)).toMatch(/^1 valuation is not completely/);
  });
});
