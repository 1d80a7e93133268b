// The client's question for this coaching, My story and the prompts on the self-investigation
// and focusing are sections of the own report: a client's export carries them in the order
// they were written (the question first), and the receiving side reads them back as the
// client wrote them, with no change to the format.
import { describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../../src/bundle/bundle';
import { emptyRecords } from '../../../src/bundle/format';
import { type OwnReportRecord, ownReportRecord } from '../../../src/domain/records';
import {
  formToSections,
  questionOf,
  reportToForm,
  withQuestion,
} from '../../../src/domain/trajectory';
import { CLIENT, uuid } from '../coach/records';
import { inputFor } from './arbitraries';
import { FAST_PASS, SIGNER, signedByTestKey } from './helpers';

const T = '2026-03-01T09:00:00.000Z';

/** The own report a client writes: question on the trajectory page, then the report form. */
function writtenReport(): OwnReportRecord {
  const asked = withQuestion([], 'Hoe vind ik weer plezier in mijn werk?', 'nl');
  const sections = formToSections(
    {
      answers: {
        story: 'Het begon op het lab.',
        investigation: 'Ik zag mijn drang in getallen.',
        focusing: 'De muur kreeg een deur.',
        takeAway: 'Afstand nemen mag.',
      },
      extra: [],
      private: false,
    },
    'nl',
    { sections: asked },
  );
  return ownReportRecord.parse({
    id: uuid(60),
    ownerId: CLIENT,
    createdAt: T,
    updatedAt: T,
    rev: 2,
    sections,
  });
}

describe('the own report in bundles', () => {
  it('stores the question first, then My story and the prompts, as sections', () => {
    expect(writtenReport().sections.map((section) => section.prompt)).toEqual([
      'Mijn vraag voor deze coaching',
      'Mijn verhaal',
      'Wat heeft het zelfonderzoek voor je betekend?',
      'Wat heeft focussen voor je betekend?',
      'Wat neem je mee?',
    ]);
  });

  it('comes back from a client export exactly as written, question and story included', async () => {
    const records = emptyRecords();
    records.ownReports = [writtenReport()];
    const input = inputFor(records, 'client-export');
    const bytes = await exportBundle(input, FAST_PASS('mijn vraag'), SIGNER);
    const back = await importBundle(bytes, { type: 'passphrase', passphrase: 'mijn vraag' });
    expect(back).toEqual(signedByTestKey(input));
    const report = back.records.ownReports[0];
    expect(questionOf(report)).toBe('Hoe vind ik weer plezier in mijn werk?');
    expect(reportToForm(report).answers).toEqual({
      story: 'Het begon op het lab.',
      investigation: 'Ik zag mijn drang in getallen.',
      focusing: 'De muur kreeg een deur.',
      takeAway: 'Afstand nemen mag.',
    });
    expect(back.manifest.counts.ownReports).toBe(1);
  });
});
