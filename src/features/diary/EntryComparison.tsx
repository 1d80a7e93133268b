// A rated diary form beside the self-investigation: r with the valuation it is linked to and
// with the general and the ideal feeling, each a plain number with what it compares. Nothing
// shows for a form without ratings; an incomplete rating says what is missing.
import type { EntryComparison as Comparison } from '../../domain/diary/affect-context';
import type { Correlation } from '../../domain/zkm/pearson';
import { useI18n, useMessages } from '../../i18n/context';
import { diaryMessages } from './messages';

/** The comparison of one entry with `title` (the investigation's name). */
export function EntryComparison(props: { comparison: Comparison; title: string }) {
  const t = useMessages(diaryMessages);
  const { language } = useI18n();
  const format = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const r = (value: Correlation) => (value === null ? t('diary.compare.na') : format.format(value));
  const { comparison } = props;
  return (
    <section class="diary-compare" aria-labelledby="diary-compare-title">
      <h2 id="diary-compare-title">{t('diary.compare.title')}</h2>
      {!comparison.complete ? (
        <p>{t('diary.compare.incomplete')}</p>
      ) : (
        <>
          <p class="hint">{t('diary.compare.intro', { title: props.title })}</p>
          <dl class="diary-compare-figures">
            {comparison.valuation !== undefined && (
              <div>
                <dt>{t('diary.compare.valuation')}</dt>
                <dd>r = {r(comparison.valuation)}</dd>
              </div>
            )}
            <div>
              <dt>{t('diary.compare.general')}</dt>
              <dd>r = {r(comparison.general)}</dd>
            </div>
            <div>
              <dt>{t('diary.compare.ideal')}</dt>
              <dd>r = {r(comparison.ideal)}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
