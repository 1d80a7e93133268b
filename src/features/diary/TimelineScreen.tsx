// /diary: the client's own timeline, with the ways to write an entry and see the insight.

import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { DiaryTimeline } from './DiaryTimeline';
import { diaryMessages } from './messages';
import './diary.css';

const entryHref = (id: string) => `/diary/${id}`;

/** The timeline screen. */
export default function TimelineScreen() {
  const t = useMessages(diaryMessages);
  const owner = useSettings().settings.profileId ?? '';
  return (
    <section aria-labelledby="diary-title" class="diary-timeline-screen">
      <h1 id="diary-title">{t('diary.title')}</h1>
      <div class="actions">
        <a class="button primary" href="/diary/new">
          {t('diary.new')}
        </a>
        <a class="button" href="/diary/insight">
          {t('diary.insight')}
        </a>
      </div>
      <DiaryTimeline ownerId={owner} entryHref={entryHref} />
    </section>
  );
}
