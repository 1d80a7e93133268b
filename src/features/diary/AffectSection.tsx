// The optional affect list ratings of an entry (0-5 per term, in the list's mixed order),
// folded away by default so the quick path stays short. The list is the one of the client's
// current self-investigation (the built-in list before there is one), so a situation can be
// set beside a valuation; an entry rated earlier keeps the list it was rated on.
import { useLiveQuery } from '../../db/live';
import { listOfEntry, listToRateOn } from '../../domain/diary/affect-context';
import { type AffectRatings, ratingOf } from '../../domain/records/affect-list';
import { useI18n, useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { Scale } from '../../ui/Scale';
import { affectContextOf } from './diary-queries';
import { affectAnchorKeys } from './labels';
import { diaryMessages } from './messages';

/** The affect ratings, inside a disclosure that opens by itself when ratings exist. */
export function AffectSection(props: {
  ratings: AffectRatings;
  /** The list the ratings were made on (the entry's affectListId). */
  listId: string;
  valuationId?: string | undefined;
  error?: string | undefined;
  onChange: (ratings: AffectRatings, listId: string) => void;
}) {
  const t = useMessages(diaryMessages);
  const { language } = useI18n();
  const { settings } = useSettings();
  const owner = settings.profileId ?? '';
  const context = useLiveQuery(() => affectContextOf(owner), [owner]);
  const anchors = affectAnchorKeys.map((key) => t(key));
  const rated = Object.keys(props.ratings).length > 0;
  if (context.status !== 'ready') return null;
  const { investigations, valuations } = context.value;
  const current = listToRateOn(investigations);
  // Ratings already made stay on their list; a new rating goes on the current one.
  const earlier = rated
    ? listOfEntry(
        {
          affectListId: props.listId,
          affectRatings: props.ratings,
          valuationId: props.valuationId,
        },
        investigations,
        valuations,
      )
    : undefined;
  const list = earlier?.list ?? current.list;
  const listId = earlier ? props.listId : current.id;
  return (
    <details class="diary-affect" open={rated || Boolean(props.error)}>
      <summary>{t('diary.field.affect')}</summary>
      <p class="hint">{t('diary.field.affect.hint')}</p>
      <p class="hint">{t('diary.affect.onList', { name: list.name })}</p>
      {list.terms.map((term) => (
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
            props.onChange(next, listId);
          }}
        />
      ))}
      {props.error && <p class="field-error">{props.error}</p>}
    </details>
  );
}
