// One diary entry in full, read from the record: the client's detail screen and the coach's
// read-only view both show it. Edit and delete (a tombstone, with undo) unless read-only.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLiveQuery } from '../../db/live';
import { recordById } from '../../db/read';
import { compareEntry, listOfEntry } from '../../domain/diary/affect-context';
import { DIARY_TEXT_FIELDS } from '../../domain/diary/entry-text';
import { ratingOf } from '../../domain/records/affect-list';
import type { DiaryEntryRecord } from '../../domain/records/diary';
import { useI18n, useMessages } from '../../i18n/context';
import { useErrorText } from '../../ui/error-message';
import { showToast } from '../../ui/toasts';
import { offerUndo } from '../../ui/undo';
import { affectContextOf, diaryRepository } from './diary-queries';
import { EntryComparison } from './EntryComparison';
import { affectAnchorKeys, areaLabel, phaseLabel, textFieldLabel } from './labels';
import { diaryMessages } from './messages';
import './diary.css';

/** The entry's fields; `readOnly` leaves out edit and delete. */
export function EntryView(props: { entry: DiaryEntryRecord; readOnly?: boolean }) {
  const t = useMessages(diaryMessages);
  const { dateTime, language } = useI18n();
  const errorText = useErrorText();
  const { route } = useLocation();
  const { entry } = props;
  const [error, setError] = useState('');
  const links = useLiveQuery(async () => {
    const theme = entry.themeId ? await recordById('themes', entry.themeId) : undefined;
    const valuation = entry.valuationId
      ? await recordById('valuations', entry.valuationId)
      : undefined;
    // The list the ratings were made on, and the investigation to set the form beside.
    const context = entry.affectRatings ? await affectContextOf(entry.ownerId) : undefined;
    const found = context
      ? listOfEntry(entry, context.investigations, context.valuations)
      : undefined;
    return { theme: theme?.title, valuation, found };
  }, [entry.themeId, entry.valuationId, entry.ownerId, entry.affectRatings]);
  const linked =
    links.status === 'ready'
      ? links.value
      : { theme: undefined, valuation: undefined, found: undefined };

  const remove = async () => {
    setError('');
    try {
      await diaryRepository.remove(entry.id);
      route('/diary');
      offerUndo(t('diary.deleted'), t('diary.undo'), async () => {
        try {
          await diaryRepository.restore(entry.id);
          showToast({ id: 'diary-restored', text: t('diary.restored') });
        } catch (restoreError) {
          showToast({
            id: 'diary-restored',
            text: errorText(restoreError),
          });
        }
      });
    } catch (removeError) {
      setError(errorText(removeError));
    }
  };

  const rated =
    linked.found && entry.affectRatings
      ? linked.found.list.terms.filter(
          (term) => ratingOf(entry.affectRatings, term.id) !== undefined,
        )
      : [];
  const investigation = linked.found?.investigation;
  const comparison =
    investigation && entry.affectRatings && linked.found
      ? compareEntry(
          entry.affectRatings,
          linked.found.list,
          investigation,
          linked.valuation?.investigationId === investigation.id ? linked.valuation : undefined,
        )
      : undefined;

  return (
    <article class="diary-entry-full">
      <p class="diary-when">
        <time dateTime={entry.occurredAt}>{dateTime(entry.occurredAt)}</time>
        {entry.area && <span class="diary-tag">{t(areaLabel[entry.area])}</span>}
        {entry.phase && <span class="diary-tag">{t(phaseLabel[entry.phase])}</span>}
        {entry.example && <span class="diary-tag">{t('diary.example')}</span>}
      </p>
      <dl class="diary-fields">
        {DIARY_TEXT_FIELDS.map((field) =>
          entry[field] ? (
            <div key={field}>
              <dt>{t(textFieldLabel[field][0])}</dt>
              <dd class="diary-text">{entry[field]}</dd>
            </div>
          ) : null,
        )}
        {entry.feelingIntensity !== undefined && (
          <div>
            <dt>{t('diary.field.feelingIntensity')}</dt>
            <dd>{t('diary.entry.feeling', { value: entry.feelingIntensity })}</dd>
          </div>
        )}
        {entry.themeStrength !== undefined && (
          <div>
            <dt>{t('diary.field.themeStrength')}</dt>
            <dd>{t('diary.entry.theme', { value: entry.themeStrength })}</dd>
          </div>
        )}
        {entry.themeId && (
          <div>
            <dt>{t('diary.field.theme')}</dt>
            <dd class="diary-text">{linked.theme ?? t('diary.link.missing')}</dd>
          </div>
        )}
        {entry.valuationId && (
          <div>
            <dt>{t('diary.field.valuation')}</dt>
            <dd class="diary-text">{linked.valuation?.text ?? t('diary.link.missing')}</dd>
          </div>
        )}
        {rated.length > 0 && (
          <div>
            <dt>{t('diary.field.affect')}</dt>
            <dd>
              <ul class="diary-affect-list">
                {rated.map((term) => {
                  const value = ratingOf(entry.affectRatings, term.id) ?? 0;
                  return (
                    <li key={term.id}>
                      {term.labels[language]}: {value} (
                      {t(affectAnchorKeys[value] ?? 'diary.affect.0')})
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {comparison && investigation && (
        <EntryComparison
          comparison={comparison}
          title={investigation.title || dateTime(investigation.startedAt, false)}
        />
      )}
      <p class="muted">
        {t('diary.created', { date: dateTime(entry.createdAt) })}
        {entry.rev > 1 && (
          <>
            {' · '}
            {t('diary.updated', { date: dateTime(entry.updatedAt) })}
          </>
        )}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {!props.readOnly && (
        <div class="actions">
          <a class="button primary" href={`/diary/${entry.id}/edit`}>
            {t('diary.edit')}
          </a>
          <button type="button" class="button" onClick={() => void remove()}>
            {t('diary.delete')}
          </button>
        </div>
      )}
    </article>
  );
}
