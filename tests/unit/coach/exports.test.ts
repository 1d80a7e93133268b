import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BOM } from '../../../src/domain/coach/csv';
import { csvWords, diaryCsvColumns, zkmCsvColumns } from '../../../src/domain/coach/csv-words';
import { diaryCsv, termLabelsOf } from '../../../src/domain/coach/diary-csv';
import { zkmRatingsCsv } from '../../../src/domain/coach/zkm-csv';
import type { AffectListContent } from '../../../src/domain/records/affect-list';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';
import { CLIENT, diary, investigation, uuid, valuation } from './records';

const lines = (csv: string) => csv.slice(BOM.length).split('\r\n').slice(0, -1);

/**
 * Parses CSV text with Python's standard csv module: a parser that shares no code with ours, as
 * a spreadsheet program would read the file (BOM stripped by the utf-8-sig codec).
 */
function parseIndependently(csv: string, separator: string): string[][] {
  const script = [
    'import csv, io, json, sys',
    "text = sys.stdin.buffer.read().decode('utf-8-sig')",
    "print(json.dumps(list(csv.reader(io.StringIO(text, newline=''), delimiter=sys.argv[1]))))",
  ].join('\n');
  const result = spawnSync('python3', ['-c', script, separator], { input: csv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3 csv failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[][];
}

const theme = {
  id: uuid(20),
  ownerId: CLIENT,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  title: 'Bewijsdrang',
  valuationIds: [],
  goals: [],
  actionPoints: [],
  phase: 'attending' as const,
  phaseHistory: [{ phase: 'attending' as const, since: '2026-01-01T00:00:00.000Z' }],
};

const entries = [
  diary(10, CLIENT, {
    occurredAt: '2026-03-02T08:30:00.000Z',
    area: 'work',
    situation: 'Teamoverleg; mijn idee werd "afgeschoten", weer',
    feelingIntensity: 7,
    themeId: uuid(20),
    phase: 'creating',
    affectRatings: { joy: 1, worry: 4 },
    interplay: 'De gedachte maakte me boos en toen zweeg ik',
  }),
  diary(11, CLIENT, { occurredAt: '2026-03-01T18:00:00.000Z', situation: 'Thuis één\nregel twee' }),
  diary(12, CLIENT, { deletedAt: '2026-03-03T00:00:00.000Z', situation: 'weg' }),
];

const context = (language: 'en' | 'nl') => ({
  themes: [theme],
  valuations: [],
  language,
  termLabels: termLabelsOf([defaultAffectList], language),
  timeZone: 'Europe/Amsterdam',
});

describe('diaryCsv', () => {
  it('writes English headers and codes with commas, entries oldest first, deleted ones left out', () => {
    const [header, first, second, extra] = lines(diaryCsv(entries, context('en')));
    // The header with a comma in it is quoted, as any cell would be.
    expect(header).toBe(
      'id,occurred at (UTC),date,time,area,situation,thinking,feeling,feeling intensity (0-10),' +
        'affect ratings (0-5),acting,consequence,"how thinking, feeling and acting hung together",' +
        'how strongly the theme played (0-10),theme,valuation,phase,body,tried something new,how it went',
    );
    expect(first).toBe(
      `${uuid(11)},2026-03-01T18:00:00.000Z,2026-03-01,19:00,,"Thuis één\nregel twee",,,,,,,,,,,,,,`,
    );
    expect(second).toBe(
      `${uuid(10)},2026-03-02T08:30:00.000Z,2026-03-02,09:30,work,` +
        '"Teamoverleg; mijn idee werd ""afgeschoten"", weer",,,7,joy=1; worry=4,,,' +
        'De gedachte maakte me boos en toen zweeg ik,,Bewijsdrang,,creating,,,',
    );
    expect(extra).toBeUndefined();
  });

  it('writes Dutch headers and codes with semicolons for a Dutch spreadsheet', () => {
    const csv = diaryCsv(entries, context('nl'));
    const [header, , second] = lines(csv);
    expect(header?.startsWith('id;moment (UTC);datum;tijd;gebied;situatie;denken;voelen')).toBe(
      true,
    );
    expect(header).toContain(';gevolg;hoe denken, voelen en doen samenhingen;');
    const joy = defaultAffectList.terms.find((t) => t.id === 'joy')?.labels.nl;
    const worry = defaultAffectList.terms.find((t) => t.id === 'worry')?.labels.nl;
    expect(second).toBe(
      `${uuid(10)};2026-03-02T08:30:00.000Z;2026-03-02;09:30;werk;` +
        `"Teamoverleg; mijn idee werd ""afgeschoten"", weer";;;7;"${joy}=1; ${worry}=4";;;` +
        'De gedachte maakte me boos en toen zweeg ik;;Bewijsdrang;;creatiefase;;;',
    );
  });

  it('reads back cell for cell with an independent CSV parser in both languages', () => {
    for (const [language, separator] of [
      ['en', ','],
      ['nl', ';'],
    ] as const) {
      const rows = parseIndependently(diaryCsv(entries, context(language)), separator);
      const words = csvWords(language);
      expect(rows[0]).toEqual(diaryCsvColumns.map((c) => words.diary[c]));
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row).toHaveLength(diaryCsvColumns.length);
      const cell = (row: string[] | undefined, column: (typeof diaryCsvColumns)[number]) =>
        row?.[diaryCsvColumns.indexOf(column)];
      expect(cell(rows[1], 'situation')).toBe('Thuis één\nregel twee');
      expect(cell(rows[2], 'situation')).toBe(entries[0]?.situation);
      expect(cell(rows[2], 'area')).toBe(words.area.work);
      expect(cell(rows[2], 'phase')).toBe(words.phase.creating);
      expect(cell(rows[2], 'feelingIntensity')).toBe('7');
      expect(cell(rows[2], 'theme')).toBe('Bewijsdrang');
      expect(cell(rows[2], 'interplay')).toBe('De gedachte maakte me boos en toen zweeg ik');
      expect(cell(rows[1], 'interplay')).toBe('');
    }
  });
});

/** An affect list whose term ids are names Object.prototype inherits. */
const inheritedNamesList: AffectListContent = {
  ...defaultAffectList,
  terms: defaultAffectList.terms.map((term, index) =>
    index === 0
      ? { ...term, id: 'constructor' }
      : index === 1
        ? { ...term, id: 'toString' }
        : index === 2
          ? { ...term, id: 'valueOf' }
          : term,
  ),
};

describe('zkmRatingsCsv', () => {
  const inv = investigation(30, CLIENT, { title: 'Eerste onderzoek', generalFeeling: { joy: 2 } });
  const valuations = [
    valuation(41, CLIENT, inv.id, {
      order: 1,
      text: 'Mijn vader, nooit tevreden; altijd meer',
      ratings: { worry: 5 },
    }),
    valuation(40, CLIENT, inv.id, { order: 0, ratings: { joy: 0 } }),
    valuation(42, CLIENT, uuid(99), { order: 0 }),
  ];
  const terms = defaultAffectList.terms.length;

  it('writes one row per valuation and term, general and ideal feeling first, in English', () => {
    const rows = lines(zkmRatingsCsv([inv], valuations, 'en'));
    expect(rows[0]).toBe(zkmCsvColumns.map((c) => csvWords('en').zkm[c]).join(','));
    // general + ideal + two valuations of this investigation; the other investigation's is out.
    expect(rows.length).toBe(1 + 4 * terms);
    expect(rows[1]).toBe(
      `${uuid(30)},Eerste onderzoek,first investigation,2026-03-01T09:00:00.000Z,general feeling,,,,,,joy,joy,P,2`,
    );
    // The first valuation row is order 0, rated 0 on joy: 0 is written, unrated stays empty.
    expect(rows[1 + 2 * terms]).toBe(
      `${uuid(30)},Eerste onderzoek,first investigation,2026-03-01T09:00:00.000Z,valuation,${uuid(40)},0,Ik wil bewijzen dat ik het kan,present,,joy,joy,P,0`,
    );
    expect(rows[2 + 2 * terms]).toContain(',self-esteem,self-esteem,S,');
  });

  it('writes Dutch codes, index letters Z and A and semicolons in Dutch', () => {
    const rows = lines(zkmRatingsCsv([inv], valuations, 'nl'));
    expect(rows[0]?.startsWith('id zelfonderzoek;zelfonderzoek;soort;begonnen (UTC);rij')).toBe(
      true,
    );
    expect(rows[1]).toBe(
      `${uuid(30)};Eerste onderzoek;eerste zelfonderzoek;2026-03-01T09:00:00.000Z;algemeen gevoel;;;;;;joy;plezier;P;2`,
    );
    expect(rows[2]).toContain(';self-esteem;eigenwaarde;Z;');
    expect(rows[1 + 3 * terms + 3]).toContain(
      `;valuation;`.replace('valuation', 'waardering') +
        `${uuid(41)};1;"Mijn vader, nooit tevreden; altijd meer";heden;;worry;`,
    );
  });

  it('reads back, with an independent parser, every rating of the records', () => {
    for (const [language, separator] of [
      ['en', ','],
      ['nl', ';'],
    ] as const) {
      const rows = parseIndependently(zkmRatingsCsv([inv], valuations, language), separator);
      const column = (name: (typeof zkmCsvColumns)[number]) => zkmCsvColumns.indexOf(name);
      const body = rows.slice(1);
      expect(body).toHaveLength(4 * terms);
      const words = csvWords(language);
      for (const row of body) {
        expect(row).toHaveLength(zkmCsvColumns.length);
        const termId = row[column('termId')] ?? '';
        const kind = row[column('rowKind')];
        const source =
          kind === words.rowKind.general
            ? inv.generalFeeling
            : kind === words.rowKind.ideal
              ? inv.idealFeeling
              : valuations.find((v) => v.id === row[column('valuationId')])?.ratings;
        expect(source).toBeDefined();
        const expected = source && Object.hasOwn(source, termId) ? String(source[termId]) : '';
        expect(row[column('rating')]).toBe(expected);
      }
    }
  });

  it('treats term ids named like inherited properties as any other id', () => {
    const listed = investigation(31, CLIENT, {
      affectList: inheritedNamesList,
      generalFeeling: { toString: 3 },
      idealFeeling: {},
    });
    const rated = valuation(43, CLIENT, listed.id, { order: 0, ratings: { valueOf: 0 } });
    const rows = parseIndependently(zkmRatingsCsv([listed], [rated], 'en'), ',');
    const rating = (kind: string, termId: string) =>
      rows.find((row) => row[4] === kind && row[10] === termId)?.[13];
    expect(rating('general feeling', 'constructor')).toBe('');
    expect(rating('general feeling', 'toString')).toBe('3');
    expect(rating('general feeling', 'valueOf')).toBe('');
    expect(rating('ideal feeling', 'constructor')).toBe('');
    expect(rating('valuation', 'valueOf')).toBe('0');
    expect(rating('valuation', 'constructor')).toBe('');
    expect(rows.flat().some((cell) => cell.includes('native code'))).toBe(false);
  });
});
