// The diary forms the coach chose, printed with the client's text: situation, thinking,
// feeling, acting, what came of it and how they hung together, each form kept whole on a page
// where it fits.
import type { DiaryEntryRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { reportMessages } from './messages';

const fields = [
  ['situation', 'coach.report.diary.situation'],
  ['thinking', 'coach.report.diary.thinking'],
  ['feelingWords', 'coach.report.diary.feeling'],
  ['acting', 'coach.report.diary.acting'],
  ['consequence', 'coach.report.diary.consequence'],
  ['interplay', 'coach.report.diary.interplay'],
] as const;

/** The chosen forms, oldest first. */
export function PrintedDiaryForms(props: { entries: readonly DiaryEntryRecord[] }) {
  const t = useMessages(reportMessages);
  const { dateTime } = useI18n();
  if (props.entries.length === 0) return <p>{t('coach.report.noDiaryChosen')}</p>;
  return (
    <>
      {props.entries.map((entry) => (
        <article key={entry.id} class="report-diary-form">
          <h3>{dateTime(entry.occurredAt)}</h3>
          <dl>
            {fields.map(([field, label]) =>
              entry[field] ? (
                <div key={field}>
                  <dt>{t(label)}</dt>
                  <dd class="record-text">{entry[field]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </article>
      ))}
    </>
  );
}
