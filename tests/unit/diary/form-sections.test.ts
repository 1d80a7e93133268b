// Which parts of the diary form show: the theme's fields only with a theme (or an answer about
// one already in the form), and "More" open by itself only when it holds an answer.
import { describe, expect, it } from 'vitest';
import { emptyForm, fieldsFromForm, formFromEntry } from '../../../src/domain/diary/form';
import {
  MORE_ERROR_FIELDS,
  moreFilledCount,
  moreOpen,
  themeFieldsShown,
  triedFieldsShown,
} from '../../../src/domain/diary/form-sections';
import { validateDiaryForm } from '../../../src/domain/diary/validation';
import { MAX_TEXT } from '../../../src/domain/records';
import { entry } from './fixtures';

const now = new Date(2026, 2, 10, 14, 30);
const blank = () => ({ ...emptyForm(now), situation: 'Werkoverleg' });

describe('themeFieldsShown', () => {
  it('hides the theme fields of a new form while there is no theme', () => {
    expect(themeFieldsShown(0, blank())).toBe(false);
  });

  it('shows them once there is one theme', () => {
    expect(themeFieldsShown(1, blank())).toBe(true);
    expect(themeFieldsShown(3, blank())).toBe(true);
  });

  it('shows them without a theme when the form already answers about one', () => {
    expect(themeFieldsShown(0, { ...blank(), themeId: 'gone' })).toBe(true);
    expect(themeFieldsShown(0, { ...blank(), themeStrength: 0 })).toBe(true);
    expect(themeFieldsShown(0, { ...blank(), phase: 'attending' })).toBe(true);
    expect(themeFieldsShown(0, { ...blank(), triedNew: 'Nee gezegd' })).toBe(true);
    expect(themeFieldsShown(0, { ...blank(), triedNewOutcome: 'Ging goed' })).toBe(true);
  });

  it('is not fooled by white space alone', () => {
    expect(themeFieldsShown(0, { ...blank(), triedNew: '  \n' })).toBe(false);
  });
});

describe('triedFieldsShown', () => {
  it('shows what was tried in the creating phase only, for an empty form', () => {
    expect(triedFieldsShown({ ...blank(), phase: 'creating' })).toBe(true);
    expect(triedFieldsShown({ ...blank(), phase: 'attending' })).toBe(false);
    expect(triedFieldsShown(blank())).toBe(false);
  });

  it('keeps text typed before the phase changed in view, with its error if too long', () => {
    const form = { ...blank(), phase: 'anchoring' as const, triedNew: 'x'.repeat(MAX_TEXT + 1) };
    expect(triedFieldsShown(form)).toBe(true);
    expect(validateDiaryForm(form, now).triedNew).toBe('too-long');
    expect(triedFieldsShown({ ...blank(), phase: 'attending', triedNewOutcome: 'Ging goed' })).toBe(
      true,
    );
  });
});

describe('moreFilledCount and moreOpen', () => {
  it('counts nothing on an empty form, whatever is filled above "More"', () => {
    const form = { ...blank(), thinking: 'x', acting: 'y', feelingIntensity: 4 };
    expect(moreFilledCount(form)).toBe(0);
    expect(moreOpen(undefined, form)).toBe(false);
  });

  it('counts each answer under "More" once', () => {
    const form = {
      ...blank(),
      consequence: 'Laat thuis',
      interplay: 'De gedachte joeg me op',
      bodyNote: ' ',
      affectRatings: { joy: 1, worry: 4 },
      valuationId: 'v1',
    };
    // consequence, interplay, the ratings (one answer), the valuation; the blank body note not.
    expect(moreFilledCount(form)).toBe(4);
    expect(moreOpen(undefined, form)).toBe(true);
  });

  it('follows the client once they opened or closed it', () => {
    const filled = { ...blank(), interplay: 'samen' };
    expect(moreOpen(false, filled)).toBe(false);
    expect(moreOpen(true, blank())).toBe(true);
  });

  it('names the fields whose error opens "More"', () => {
    const form = { ...blank(), interplay: 'x'.repeat(MAX_TEXT + 1) };
    const errors = Object.keys(validateDiaryForm(form, now));
    expect(errors).toEqual(['interplay']);
    expect(MORE_ERROR_FIELDS).toContain('interplay');
    expect(MORE_ERROR_FIELDS).toContain('affectRatings');
    expect(MORE_ERROR_FIELDS).not.toContain('situation');
  });
});

describe('the interplay answer', () => {
  it('is saved as typed, left out when empty, and comes back for editing', () => {
    const at = new Date(2026, 2, 10, 9, 0);
    const typed = 'Ik dacht: niet goed genoeg.\nDus zweeg ik.';
    expect(fieldsFromForm({ ...blank(), interplay: typed }, at).interplay).toBe(typed);
    expect(fieldsFromForm({ ...blank(), interplay: '  ' }, at).interplay).toBeUndefined();
    expect(formFromEntry(entry({ interplay: typed })).interplay).toBe(typed);
    expect(formFromEntry(entry({})).interplay).toBe('');
  });
});
