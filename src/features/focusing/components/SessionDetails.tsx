// Everything recorded in a session, read-only, in the order of the session's parts. Free text
// is shown as text (never as HTML); unanswered fields are left out.
import type { ComponentChildren } from 'preact';
import { useLiveQuery } from '../../../db/live';
import { bodyLocationKey, isBodyLocation } from '../../../domain/focusing/body';
import { distanceLabelKey } from '../../../domain/focusing/steps';
import type { FocusingSessionRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { loadDiaryEntries, loadThemes, loadValuations } from '../data';
import { focusingMessages } from '../messages';

function Item(props: { term: string; children: ComponentChildren }) {
  return (
    <div class="detail-item">
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** The session's contents as a description list. */
export function SessionDetails(props: { session: FocusingSessionRecord; owner: string }) {
  const t = useMessages(focusingMessages);
  const { dateTime } = useI18n();
  const { session: s, owner } = props;
  const links = useLiveQuery(
    async () => ({
      themes: await loadThemes(owner),
      valuations: await loadValuations(owner),
      diary: await loadDiaryEntries(owner),
    }),
    [owner],
  );
  const yesNo = (value: boolean) => (value ? t('focusing.yes') : t('focusing.no'));
  const theme =
    links.status === 'ready' ? links.value.themes.find((item) => item.id === s.themeId) : undefined;
  const valuation =
    links.status === 'ready'
      ? links.value.valuations.find((item) => item.id === s.valuationId)
      : undefined;
  const diary =
    links.status === 'ready'
      ? links.value.diary.filter((item) => s.diaryEntryIds.includes(item.id))
      : [];
  const qualities = s.qualities
    ? (
        [
          ['focusing.qualities.size', s.qualities.size],
          ['focusing.qualities.shape', s.qualities.shape],
          ['focusing.qualities.colour', s.qualities.colour],
          ['focusing.qualities.temperature', s.qualities.temperature],
          ['focusing.qualities.other', s.qualities.other],
        ] as const
      ).filter((entry): entry is [(typeof entry)[0], string] => Boolean(entry[1]))
    : [];
  return (
    <dl class="details">
      <Item term={t('focusing.mode')}>
        {s.mode === 'guided' ? t('focusing.mode.guided') : t('focusing.mode.quick')}
      </Item>
      {(s.stoppedEarly || s.tooMuch) && (
        <Item term={t('focusing.detail.pause')}>
          {s.stoppedEarly ? t('focusing.detail.stoppedEarly') : t('focusing.detail.tooMuch')}
        </Item>
      )}
      {s.durationMinutes !== undefined && (
        <Item term={t('focusing.form.duration')}>
          {t('focusing.timer.minutes', { minutes: s.durationMinutes })}
        </Item>
      )}
      {s.withCompanion !== undefined && (
        <Item term={t('focusing.companion')}>
          {s.withCompanion ? t('focusing.companion.with') : t('focusing.companion.alone')}
        </Item>
      )}
      {s.distanceStart && (
        <Item term={t('focusing.distanceStart')}>{t(distanceLabelKey[s.distanceStart])}</Item>
      )}
      {s.intensityBefore !== undefined && (
        <Item term={t('focusing.intensityBefore')}>{s.intensityBefore}</Item>
      )}
      {s.concernsSetAside.length > 0 && (
        <Item term={t('focusing.concerns.title')}>
          <ul>
            {s.concernsSetAside.map((concern, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list of strings that may repeat and have no id; the position is their identity.
              <li key={index}>{concern}</li>
            ))}
          </ul>
        </Item>
      )}
      {s.chosenConcern && <Item term={t('focusing.chosen')}>{s.chosenConcern}</Item>}
      {s.bodyLocations.length > 0 && (
        <Item term={t('focusing.body.title')}>
          {s.bodyLocations
            .map((id) => (isBodyLocation(id) ? t(bodyLocationKey[id]) : id))
            .join(', ')}
        </Item>
      )}
      {s.feltSense && <Item term={t('focusing.feltSense')}>{s.feltSense}</Item>}
      {s.distanceFeltSense && (
        <Item term={t('focusing.distanceFeltSense')}>
          {t(distanceLabelKey[s.distanceFeltSense])}
        </Item>
      )}
      {qualities.map(([key, value]) => (
        <Item key={key} term={t(key)}>
          {value}
        </Item>
      ))}
      {s.handle && <Item term={t('focusing.handle')}>{s.handle}</Item>}
      {s.handleResonated !== undefined && (
        <Item term={t('focusing.resonated')}>{yesNo(s.handleResonated)}</Item>
      )}
      {s.questions.length > 0 && (
        <Item term={t('focusing.stage.asking')}>
          <ul>
            {s.questions.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list of questions without an id (the text may repeat); the position is their identity.
              <li key={index}>
                <strong>{item.question}</strong>
                {item.answer && <span class="answer">{item.answer}</span>}
              </li>
            ))}
          </ul>
        </Item>
      )}
      {s.distanceAsking && (
        <Item term={t('focusing.distanceAsking')}>{t(distanceLabelKey[s.distanceAsking])}</Item>
      )}
      {s.receiving && <Item term={t('focusing.receiving')}>{s.receiving}</Item>}
      {s.distanceEnd && (
        <Item term={t('focusing.distanceEnd')}>{t(distanceLabelKey[s.distanceEnd])}</Item>
      )}
      {s.intensityAfter !== undefined && (
        <Item term={t('focusing.intensityAfter')}>{s.intensityAfter}</Item>
      )}
      {s.feltShift !== undefined && (
        <Item term={t('focusing.feltShift')}>{yesNo(s.feltShift)}</Item>
      )}
      {s.feltShiftDescription && (
        <Item term={t('focusing.feltShift.description')}>{s.feltShiftDescription}</Item>
      )}
      {s.nextStep && <Item term={t('focusing.nextStep')}>{s.nextStep}</Item>}
      {s.note && <Item term={t('focusing.note')}>{s.note}</Item>}
      {s.themeId && (
        <Item term={t('focusing.links.theme')}>{theme?.title ?? t('focusing.links.gone')}</Item>
      )}
      {s.valuationId && (
        <Item term={t('focusing.links.valuation')}>
          {valuation?.text ?? t('focusing.links.gone')}
        </Item>
      )}
      {s.diaryEntryIds.length > 0 && (
        <Item term={t('focusing.links.diary')}>
          <ul>
            {diary.map((entry) => (
              <li key={entry.id}>
                {dateTime(entry.occurredAt)}: {entry.situation}
              </li>
            ))}
            {diary.length < s.diaryEntryIds.length && <li>{t('focusing.links.gone')}</li>}
          </ul>
        </Item>
      )}
    </dl>
  );
}
