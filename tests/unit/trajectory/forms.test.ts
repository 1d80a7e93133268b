// The theme form's checks and the own report's mapping between prompts and stored sections.
import { describe, expect, it } from 'vitest';
import { exampleOwnReports, exampleThemes } from '../../../src/domain/example/trajectory';
import { ownReportRecord, themeRecord } from '../../../src/domain/records';
import {
  answeredCount,
  currentReport,
  emptyThemeForm,
  formToContent,
  formToSections,
  formToStart,
  questionOf,
  questionSection,
  REPORT_PROMPTS,
  reportBegun,
  reportToForm,
  tooLongAnswers,
  validateThemeForm,
  withQuestion,
} from '../../../src/domain/trajectory';

const today = '2026-11-20';
const owner = '11111111-1111-4111-8111-111111111111';

describe('validateThemeForm', () => {
  it('asks for a title and a real, past start day', () => {
    const form = { ...emptyThemeForm(today), title: '  ', startDay: '2026-11-21' };
    expect(validateThemeForm(form, true, today)).toEqual({
      title: 'title-required',
      startDay: 'start-day-future',
    });
    expect(validateThemeForm({ ...form, startDay: 'x' }, true, today).startDay).toBe(
      'start-day-invalid',
    );
  });

  it('does not check the start day when editing', () => {
    const form = { ...emptyThemeForm(today), title: 'Mine', startDay: 'x' };
    expect(validateThemeForm(form, false, today)).toEqual({});
  });

  it('flags a title over 500 characters', () => {
    const form = { ...emptyThemeForm(today), title: 'a'.repeat(501) };
    expect(validateThemeForm(form, true, today).title).toBe('title-too-long');
  });
});

describe('formToContent and formToStart', () => {
  it('trim text, drop empty goals and points, and make a valid record', () => {
    const form = {
      ...emptyThemeForm(today),
      title: ' Prove myself ',
      description: '  ',
      goals: [' notice it ', '', '  '],
      actionPoints: [
        { id: '22222222-2222-4222-8222-222222222222', text: ' ask for help ', done: true },
        { id: '33333333-3333-4333-8333-333333333333', text: ' ', done: false },
      ],
      valuationIds: [
        '44444444-4444-4444-8444-444444444444',
        '44444444-4444-4444-8444-444444444444',
      ],
      startPhase: 'creating' as const,
    };
    const content = formToContent(form);
    expect(content).toEqual({
      title: 'Prove myself',
      description: undefined,
      valuationIds: ['44444444-4444-4444-8444-444444444444'],
      goals: ['notice it'],
      actionPoints: [
        { id: '22222222-2222-4222-8222-222222222222', text: 'ask for help', done: true },
      ],
    });
    const record = {
      ...content,
      ...formToStart(form),
      id: '55555555-5555-4555-8555-555555555555',
      ownerId: owner,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      rev: 1,
    };
    expect(themeRecord.safeParse(record).success).toBe(true);
    expect(record.phase).toBe('creating');
    expect(record.phaseHistory).toHaveLength(1);
  });
});

describe('own report', () => {
  it('stores answered prompts in the current language and reads them back in either', () => {
    const form = {
      answers: { start: ' burn-out ', work: '', takeAway: 'distance' },
      extra: [],
      private: false,
    };
    const sections = formToSections(form, 'nl');
    expect(sections).toEqual([
      { prompt: REPORT_PROMPTS[0]?.nl, text: 'burn-out' },
      { prompt: 'Wat neem je mee?', text: 'distance' },
    ]);
    const report = { sections, private: true } as never;
    const back = reportToForm(report);
    expect(back.answers).toEqual({ start: 'burn-out', takeAway: 'distance' });
    expect(back.private).toBe(true);
    expect(answeredCount(back)).toBe(2);
  });

  it('keeps a section whose prompt it does not know, as written', () => {
    const back = reportToForm({ sections: [{ prompt: 'From my coach', text: 'hello' }] } as never);
    expect(back.extra).toEqual([{ prompt: 'From my coach', text: 'hello' }]);
    expect(formToSections(back, 'en')).toEqual([{ prompt: 'From my coach', text: 'hello' }]);
  });

  it('asks about the self-investigation and focusing before what the client takes along', () => {
    expect(REPORT_PROMPTS.map((prompt) => prompt.key)).toEqual([
      'start',
      'discovered',
      'work',
      'home',
      'helped',
      'investigation',
      'focusing',
      'takeAway',
    ]);
  });

  it('stores My story first after the question, and reads it back as an answer', () => {
    const stored = {
      sections: [
        { prompt: 'Mijn vraag voor deze coaching', text: 'Weer plezier in mijn werk?' },
        { prompt: 'What brought you here? How were things when you started?', text: 'old' },
      ],
    };
    const form = {
      answers: {
        start: 'tired',
        story: ' It began in the lab. ',
        focusing: 'A wall that softened.',
        investigation: '',
      },
      extra: [],
      private: false,
    };
    const sections = formToSections(form, 'en', stored);
    expect(sections).toEqual([
      // The question as stored, in the language it was written in.
      { prompt: 'Mijn vraag voor deze coaching', text: 'Weer plezier in mijn werk?' },
      { prompt: 'My story', text: 'It began in the lab.' },
      { prompt: 'What brought you here? How were things when you started?', text: 'tired' },
      { prompt: 'What did focusing mean to you?', text: 'A wall that softened.' },
    ]);
    const back = reportToForm({ sections } as never);
    // The question is not the form's: it is written on the trajectory page.
    expect(back.answers).toEqual({
      story: 'It began in the lab.',
      start: 'tired',
      focusing: 'A wall that softened.',
    });
    expect(back.extra).toEqual([]);
    // My story is no prompt: two of the eight prompts are answered.
    expect(answeredCount(back)).toBe(2);
  });

  it('counts a report as begun once something besides the question is written', () => {
    const only = reportToForm({
      sections: [{ prompt: 'My question for this coaching', text: 'Why?' }],
    } as never);
    expect(reportBegun(only)).toBe(false);
    expect(reportBegun({ ...only, answers: { story: '  ' } })).toBe(false);
    expect(reportBegun({ ...only, answers: { story: 'Once' } })).toBe(true);
    expect(reportBegun({ ...only, answers: { home: 'Calmer' } })).toBe(true);
    expect(reportBegun({ ...only, extra: [{ prompt: 'Earlier', text: 'x' }] })).toBe(true);
  });

  it('marks a story longer than a record allows', () => {
    const form = { answers: { story: 'x'.repeat(20_001), start: 'x' }, extra: [], private: false };
    expect(tooLongAnswers(form)).toEqual(['story']);
  });

  it('sets, replaces and removes the starting question, always first', () => {
    const story = { prompt: 'My story', text: 'story' };
    const once = withQuestion([story], '  What do I want from work? ', 'en');
    expect(once).toEqual([
      { prompt: 'My question for this coaching', text: 'What do I want from work?' },
      story,
    ]);
    expect(questionOf({ sections: once })).toBe('What do I want from work?');
    // Rewritten in Dutch: the one question section is replaced, not added.
    const twice = withQuestion(once, 'Wat wil ik?', 'nl');
    expect(twice).toEqual([
      { prompt: 'Mijn vraag voor deze coaching', text: 'Wat wil ik?' },
      story,
    ]);
    expect(questionSection({ sections: twice })?.text).toBe('Wat wil ik?');
    // Emptied: gone, the rest untouched.
    expect(withQuestion(twice, '   ', 'nl')).toEqual([story]);
    expect(questionOf({ sections: [story] })).toBe('');
    expect(questionOf(undefined)).toBe('');
  });

  it('picks the one live report of the owner, most recently changed', () => {
    const base = { ownerId: owner, sections: [], createdAt: '', rev: 1 };
    const reports = [
      { ...base, id: 'a', updatedAt: '2026-01-01T00:00:00.000Z' },
      { ...base, id: 'b', updatedAt: '2026-02-01T00:00:00.000Z' },
      {
        ...base,
        id: 'c',
        updatedAt: '2026-03-01T00:00:00.000Z',
        deletedAt: '2026-03-02T00:00:00.000Z',
      },
      { ...base, id: 'd', updatedAt: '2026-04-01T00:00:00.000Z', ownerId: 'other' },
    ];
    expect(currentReport(reports as never, owner)?.id).toBe('b');
  });
});

describe('example trajectory', () => {
  it('has a theme that moved from attending to creating and a valid draft own report', () => {
    const now = new Date('2026-11-20T10:00:00Z');
    const [theme] = exampleThemes(owner, now);
    expect(theme?.phaseHistory.map((entry) => entry.phase)).toEqual(['attending', 'creating']);
    const reports = exampleOwnReports(owner, now);
    expect(reports).toHaveLength(1);
    for (const report of reports) expect(ownReportRecord.parse(report)).toEqual(report);
    const form = reportToForm(reports[0]);
    expect(answeredCount(form)).toBe(2);
    expect(form.extra).toEqual([]);
  });
});
