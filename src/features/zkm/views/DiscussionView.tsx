// A discussion read-only: the tallies, each discussed valuation with its fit, note and key
// mark, the thread and the themes. The coach sees exactly this, with a "Note" action.
import type { DiscussionRecord, ValuationRecord } from '../../../domain/records';
import { tallyDiscussion } from '../../../domain/zkm/discussion';
import { useMessages } from '../../../i18n/context';
import { zkmMessages } from '../messages';
import type { NoteAction } from '../note-action';
import { fitKey } from './fit-labels';

/** The tallies of a discussion over the investigation's valuations, as a short list. */
export function DiscussionTallies(props: {
  valuations: readonly ValuationRecord[];
  discussion: DiscussionRecord | undefined;
}) {
  const t = useMessages(zkmMessages);
  const tally = tallyDiscussion(props.valuations, props.discussion?.valuations ?? []);
  return (
    <ul class="zkm-disc-tally">
      <li>{t('zkm.disc.count.fits', { count: tally.fits })}</li>
      <li>{t('zkm.disc.count.doesNotFit', { count: tally.doesNotFit })}</li>
      <li>{t('zkm.disc.count.notSure', { count: tally.notSure })}</li>
      <li>{t('zkm.disc.count.open', { count: tally.open })}</li>
      <li>{t('zkm.disc.count.key', { count: tally.key })}</li>
    </ul>
  );
}

/** The discussion of an investigation (read-only); headings start at `level` (h2 or h3). */
export function DiscussionView(props: {
  discussion: DiscussionRecord | undefined;
  valuations: readonly ValuationRecord[];
  level?: 2 | 3;
  idPrefix: string;
  note?: NoteAction<DiscussionRecord> | undefined;
}) {
  const t = useMessages(zkmMessages);
  const { discussion, note } = props;
  const H = props.level === 3 ? 'h3' : 'h2';
  if (!discussion) return <p>{t('zkm.disc.none')}</p>;
  const textOf = new Map(props.valuations.map((v) => [v.id, v.text]));
  const said = discussion.valuations.filter((v) => v.fit || v.note || v.key);
  return (
    <div class="zkm-disc-view stack">
      <DiscussionTallies valuations={props.valuations} discussion={discussion} />
      {note && (
        <p>
          <button
            type="button"
            class="button quiet"
            aria-label={`${note.label}: ${t('zkm.disc.title')}`}
            onClick={() => note.onNote(discussion)}
          >
            {note.label}
          </button>
        </p>
      )}
      {said.length > 0 && (
        <ul class="zkm-list">
          {said.map((entry) => (
            <li key={entry.valuationId} class="zkm-card">
              <p class="zkm-card-title">{textOf.get(entry.valuationId) ?? t('zkm.disc.gone')}</p>
              <p>
                {entry.fit && <span class="zkm-badge">{t(fitKey[entry.fit])}</span>}{' '}
                {entry.key && <span class="zkm-badge">{t('zkm.disc.keyMark')}</span>}
              </p>
              {entry.note && <p class="zkm-disc-note">{entry.note}</p>}
            </li>
          ))}
        </ul>
      )}
      {discussion.thread && (
        <section aria-labelledby={`${props.idPrefix}-thread`}>
          <H id={`${props.idPrefix}-thread`}>{t('zkm.disc.thread')}</H>
          <p class="zkm-disc-note">{discussion.thread}</p>
        </section>
      )}
      {discussion.themes.length > 0 && (
        <section aria-labelledby={`${props.idPrefix}-themes`}>
          <H id={`${props.idPrefix}-themes`}>{t('zkm.disc.themes')}</H>
          <ul>
            {discussion.themes.map((theme) => (
              <li key={theme.id}>{theme.text}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
