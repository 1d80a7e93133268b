// The coach's read-only views of a client's diary: the timeline with the client's own search
// and filters, one entry, and the insight, all from the diary feature's public entry point.
import { useRoute } from 'preact-iso';
import type { DiaryEntryRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { DiaryEntryDetail, DiaryInsight, DiaryTimeline } from '../../diary/public';
import { ClientSubPage, type SubPageContext } from './ClientSubPage';
import { materialMessages } from './messages';
import { NoteHere } from './NoteHere';

/** The "Note" target of a diary entry. */
function useDiaryTarget() {
  const t = useMessages(materialMessages);
  const { dateTime } = useI18n();
  return (entry: DiaryEntryRecord) => ({
    type: 'diaryEntries' as const,
    id: entry.id,
    label: t('coach.target.diaryOf', { date: dateTime(entry.occurredAt) }),
  });
}

function Timeline({ clientId, pick, noteLabel }: SubPageContext) {
  const t = useMessages(materialMessages);
  const target = useDiaryTarget();
  return (
    <>
      <p>
        <a href={`/coach/clients/${clientId}/diary/insight`}>{t('coachMat.diary.insight')}</a>
      </p>
      <DiaryTimeline
        ownerId={clientId}
        entryHref={(id) => `/coach/clients/${clientId}/diary/${id}`}
        note={{ label: noteLabel, onNote: (entry) => pick(target(entry)) }}
      />
    </>
  );
}

/** /coach/clients/:id/diary */
export function CoachDiaryScreen() {
  const t = useMessages(materialMessages);
  return (
    <ClientSubPage title={(name) => t('coachMat.diary.title', { name })}>
      {(context) => (
        <div class="diary-timeline-screen">
          <Timeline {...context} />
        </div>
      )}
    </ClientSubPage>
  );
}

function Entry({ clientId, pick, noteLabel }: SubPageContext) {
  const t = useMessages(materialMessages);
  const entryId = useRoute().params.entryId ?? '';
  const target = useDiaryTarget();
  return (
    <div class="diary-detail">
      <p>
        <a href={`/coach/clients/${clientId}/diary`}>{t('coachMat.diary.open')}</a>
      </p>
      <DiaryEntryDetail
        entryId={entryId}
        ownerId={clientId}
        readOnly
        after={(entry) => <NoteHere target={target(entry)} pick={pick} label={noteLabel} />}
      />
    </div>
  );
}

/** /coach/clients/:id/diary/:entryId */
export function CoachDiaryEntryScreen() {
  const t = useMessages(materialMessages);
  return (
    <ClientSubPage title={(name) => t('coachMat.entry.title', { name })}>
      {(context) => <Entry {...context} />}
    </ClientSubPage>
  );
}

/** /coach/clients/:id/diary/insight */
export function CoachDiaryInsightScreen() {
  const t = useMessages(materialMessages);
  return (
    <ClientSubPage title={(name) => t('coachMat.diary.insightTitle', { name })}>
      {({ clientId }) => (
        <>
          <p>
            <a href={`/coach/clients/${clientId}/diary`}>{t('coachMat.diary.open')}</a>
          </p>
          <DiaryInsight ownerId={clientId} />
        </>
      )}
    </ClientSubPage>
  );
}
