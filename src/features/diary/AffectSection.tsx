// The optional affect list ratings of an entry (0-5 per term, in the list's mixed order),
// folded away by default so the quick path stays short.
import { type AffectRatings, ratingOf } from '../../domain/records/affect-list';
import { defaultAffectList } from '../../domain/zkm/default-affect-list';
import { useI18n, useMessages } from '../../i18n/context';
import { Scale } from '../../ui/Scale';
import { affectAnchorKeys } from './labels';
import { diaryMessages } from './messages';

/** The affect ratings, inside a disclosure that opens by itself when ratings exist. */
export function AffectSection(props: {
  ratings: AffectRatings;
  error?: string;
  onChange: (ratings: AffectRatings) => void;
}) {
  const t = useMessages(diaryMessages);
  const { language } = useI18n();
  const anchors = affectAnchorKeys.map((key) => t(key));
  const rated = Object.keys(props.ratings).length > 0;
  return (
    <details class="diary-affect" open={rated || Boolean(props.error)}>
      <summary>{t('diary.field.affect')}</summary>
      <p class="hint">{t('diary.field.affect.hint')}</p>
      {defaultAffectList.terms.map((term) => (
        <Scale
          key={term.id}
          legend={term.labels[language]}
          name={`affect-${term.id}`}
          max={5}
          anchors={anchors}
          value={ratingOf(props.ratings, term.id)}
          clearLabel={t('diary.scale.clear')}
          onChange={(value) => {
            const next: AffectRatings = Object.fromEntries(
              Object.entries(props.ratings).filter(([id]) => id !== term.id),
            );
            if (value !== undefined) next[term.id] = value;
            props.onChange(next);
          }}
        />
      ))}
      {props.error && <p class="field-error">{props.error}</p>}
    </details>
  );
}
