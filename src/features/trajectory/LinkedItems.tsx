// What links to a theme: diary forms and focusing sessions, counted per phase, read-only
// lists that lead to each entry's own screen.
import type { ThemeRecord } from '../../domain/records';
import { countByPhase, newestFirst, type PhaseCounts } from '../../domain/trajectory';
import { useI18n, useMessages } from '../../i18n/context';
import { Loaded } from './common';
import { useThemeLinks } from './data';
import { trajectoryMessages } from './messages';

const PREVIEW = 80;
const preview = (text: string) => (text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text);

/** The linked-items section of a theme page. */
export function LinkedItems(props: { theme: ThemeRecord }) {
  const t = useMessages(trajectoryMessages);
  const { dateTime } = useI18n();
  const links = useThemeLinks(props.theme.id);
  const history = props.theme.phaseHistory;
  const perPhase = (counts: PhaseCounts) => t('linked.perPhase', { ...counts });
  return (
    <section aria-labelledby="linked-title">
      <h2 id="linked-title">{t('linked.title')}</h2>
      <Loaded result={links}>
        {({ diary, focusing }) => (
          <>
            <section aria-labelledby="linked-diary-title" class="linked-list">
              <h3 id="linked-diary-title">
                {t('linked.diary')} ({diary.length})
              </h3>
              {diary.length === 0 ? (
                <p class="muted">{t('linked.diaryNone')}</p>
              ) : (
                <>
                  <p>{perPhase(countByPhase(diary, history))}</p>
                  <ul>
                    {newestFirst(diary).map((entry) => (
                      <li key={entry.id}>
                        <a href={`/diary/${entry.id}`}>
                          {dateTime(entry.occurredAt)}: {preview(entry.situation)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
            <section aria-labelledby="linked-focusing-title" class="linked-list">
              <h3 id="linked-focusing-title">
                {t('linked.focusing')} ({focusing.length})
              </h3>
              {focusing.length === 0 ? (
                <p class="muted">{t('linked.focusingNone')}</p>
              ) : (
                <>
                  <p>{perPhase(countByPhase(focusing, history))}</p>
                  <ul>
                    {newestFirst(focusing).map((session) => (
                      <li key={session.id}>
                        <a href={`/focusing/${session.id}`}>
                          {dateTime(session.occurredAt)}:{' '}
                          {preview(session.handle || session.chosenConcern || t('linked.untitled'))}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          </>
        )}
      </Loaded>
    </section>
  );
}
