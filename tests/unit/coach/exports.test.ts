import { describe, expect, it } from 'vitest';
import { BOM } from '../../../src/domain/coach/csv';
import { diaryCsv, diaryCsvHeader } from '../../../src/domain/coach/diary-csv';
import { zkmCsvHeader, zkmRatingsCsv } from '../../../src/domain/coach/zkm-csv';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';
import { CLIENT, diary, investigation, uuid, valuation } from './records';

const lines = (csv: string) => csv.slice(BOM.length).split('\r\n').slice(0, -1);

describe('diaryCsv', () => {
  it('writes one column per field, entries oldest first, deleted ones left out', () => {
    const csv = diaryCsv(
      [
        diary(10, CLIENT, {
          occurredAt: '2026-03-02T08:30:00.000Z',
          area: 'work',
          situation: 'Teamoverleg, mijn idee werd "afgeschoten"',
          feelingIntensity: 7,
          themeId: uuid(20),
          affectRatings: { joy: 1, worry: 4 },
        }),
        diary(11, CLIENT, { occurredAt: '2026-03-01T18:00:00.000Z', situation: 'Thuis één' }),
        diary(12, CLIENT, { deletedAt: '2026-03-03T00:00:00.000Z', situation: 'weg' }),
      ],
      {
        themes: [
          {
            id: uuid(20),
            ownerId: CLIENT,
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
            rev: 1,
            title: 'Bewijsdrang',
            valuationIds: [],
            goals: [],
            actionPoints: [],
            phase: 'attending',
            phaseHistory: [{ phase: 'attending', since: '2026-01-01T00:00:00.000Z' }],
          },
        ],
        valuations: [],
        timeZone: 'Europe/Amsterdam',
      },
    );
    const [header, first, second, extra] = lines(csv);
    expect(header).toBe(diaryCsvHeader.join(','));
    expect(first).toBe(
      `${uuid(11)},2026-03-01T18:00:00.000Z,2026-03-01,19:00,,Thuis één,,,,,,,,,,,,,`,
    );
    expect(second).toBe(
      `${uuid(10)},2026-03-02T08:30:00.000Z,2026-03-02,09:30,work,` +
        '"Teamoverleg, mijn idee werd ""afgeschoten""",,,7,joy=1; worry=4,,,,Bewijsdrang,,,,,',
    );
    expect(extra).toBeUndefined();
    expect(first?.split(',').length).toBe(diaryCsvHeader.length);
  });
});

describe('zkmRatingsCsv', () => {
  it('writes one row per valuation and term, general and ideal feeling first', () => {
    const inv = investigation(30, CLIENT, {
      title: 'Eerste onderzoek',
      generalFeeling: { joy: 2 },
    });
    const csv = zkmRatingsCsv(
      [inv],
      [
        valuation(41, CLIENT, inv.id, {
          order: 1,
          text: 'Mijn vader, nooit tevreden',
          ratings: { worry: 5 },
        }),
        valuation(40, CLIENT, inv.id, { order: 0, ratings: { joy: 0 } }),
        valuation(42, CLIENT, uuid(99), { order: 0 }),
      ],
      'nl',
    );
    const rows = lines(csv);
    const terms = defaultAffectList.terms.length;
    expect(rows[0]).toBe(zkmCsvHeader.join(','));
    // general + ideal + two valuations of this investigation; the other investigation's is out.
    expect(rows.length).toBe(1 + 4 * terms);
    expect(rows[1]).toBe(
      `${uuid(30)},Eerste onderzoek,first,2026-03-01T09:00:00.000Z,general,,,,,,joy,plezier,P,2`,
    );
    // The first valuation row is order 0, rated 0 on joy: 0 is written, unrated stays empty.
    const firstValuation = rows[1 + 2 * terms];
    expect(firstValuation).toBe(
      `${uuid(30)},Eerste onderzoek,first,2026-03-01T09:00:00.000Z,valuation,${uuid(40)},0,Ik wil bewijzen dat ik het kan,present,,joy,plezier,P,0`,
    );
    expect(rows[2 + 2 * terms]).toContain('self-esteem,eigenwaarde,Z,');
    expect(rows[1 + 3 * terms + 3]).toBe(
      `${uuid(30)},Eerste onderzoek,first,2026-03-01T09:00:00.000Z,valuation,${uuid(41)},1,"Mijn vader, nooit tevreden",present,,worry,bezorgdheid,N,5`,
    );
  });

  it('labels indices in English as S and O', () => {
    const inv = investigation(30, CLIENT);
    const rows = lines(zkmRatingsCsv([inv], [], 'en'));
    expect(rows[2]).toContain(',self-esteem,self-esteem,S,');
    expect(rows[7]).toContain(',caring,caring,O,');
  });
});
