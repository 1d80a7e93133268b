// /diary/:id: one entry in full, with edit and delete, and the coach's notes about it.
import type { ComponentChildren } from 'preact';
import { useRoute } from 'preact-iso';
import { useLiveQuery } from '../../db/live';
import type { DiaryEntryRecord } from '../../domain/records/diary';
import { useMessages } from '../../i18n/context';
import { LiveGate } from '../../ui/LiveGate';
import { CoachNotes } from '../coach/public';
import { diaryRepository } from './diary-queries';
import { EntryMissing } from './EntryMissing';
import { EntryView } from './EntryView';
import { diaryMessages } from './messages';
import './diary.css';
import { isLive } from '../../domain/records/live';

/** One entry of `ownerId` (any owner when undefined), or a "missing" notice. */
export function DiaryEntryDetail(props: {
  entryId: string;
  ownerId?: string | undefined;
  readOnly?: boolean;
  /** Shown under the entry, e.g. the coach's notes or a "Note" button. */
  after?: (entry: DiaryEntryRecord) => ComponentChildren;
}) {
  const t = useMessages(diaryMessages);
  const { entryId, ownerId } = props;
  // A tombstone, or another owner's entry, is as missing as one that is not there.
  const entry = useLiveQuery(async () => {
    const found = await diaryRepository.get(entryId);
    return found && isLive(found) && (ownerId === undefined || found.ownerId === ownerId)
      ? found
      : undefined;
  }, [entryId, ownerId]);
  return (
    <LiveGate
      result={entry}
      loading={t('diary.loading')}
      failed={(error) => <EntryMissing error={error} />}
      missing={<EntryMissing />}
    >
      {(found) => (
        <>
          <EntryView entry={found} readOnly={props.readOnly ?? false} />
          {props.after?.(found)}
        </>
      )}
    </LiveGate>
  );
}

/** The detail screen of one entry. */
export default function EntryDetailScreen() {
  const t = useMessages(diaryMessages);
  const id = useRoute().params.id ?? '';
  return (
    <section aria-labelledby="diary-detail-title" class="diary-detail">
      <p>
        <a href="/diary">{t('diary.back')}</a>
      </p>
      <h1 id="diary-detail-title">{t('diary.detail.title')}</h1>
      <DiaryEntryDetail
        entryId={id}
        after={(entry) => (
          <>
            {/* A bridge to focusing: a guided session with this situation as its concern. */}
            <p>
              <a class="button" href={`/focusing/new?diary=${entry.id}`}>
                {t('diary.focusOn')}
              </a>
            </p>
            <CoachNotes targetId={entry.id} />
          </>
        )}
      />
    </section>
  );
}
