// /diary/:id/edit: change an entry. Its draft is kept per entry, apart from the new-entry one.
import { useLocation, useRoute } from 'preact-iso';
import { useLiveQuery } from '../../db/live';
import { editDraftKey } from '../../domain/diary/draft-keys';
import { formFromEntry } from '../../domain/diary/form';
import { isLive } from '../../domain/records/live';
import { useMessages } from '../../i18n/context';
import { showToast } from '../../ui/toasts';
import { DiaryForm } from './DiaryForm';
import { diaryRepository } from './diary-queries';
import { EntryMissing } from './EntryMissing';
import { diaryMessages } from './messages';

/** The screen with the diary form filled with an existing entry. */
export default function EditEntryScreen() {
  const t = useMessages(diaryMessages);
  const { route } = useLocation();
  const id = useRoute().params.id ?? '';
  // Read once: a live form would overwrite what the client is typing.
  const entry = useLiveQuery(() => diaryRepository.get(id), [id]);
  return (
    <section aria-labelledby="diary-edit-title">
      <h1 id="diary-edit-title">{t('diary.edit.title')}</h1>
      {entry.status === 'loading' && <p>{t('diary.loading')}</p>}
      {entry.status === 'error' && <EntryMissing error={entry.error} />}
      {entry.status === 'ready' && (!entry.value || !isLive(entry.value)) && <EntryMissing />}
      {entry.status === 'ready' && entry.value && isLive(entry.value) && (
        <EditForm id={id} initial={entry.value} onSaved={() => route(`/diary/${id}`)} />
      )}
    </section>
  );
}

function EditForm(props: {
  id: string;
  initial: Parameters<typeof formFromEntry>[0];
  onSaved: () => void;
}) {
  const t = useMessages(diaryMessages);
  // The first version read seeds the form; later live updates must not reset typing.
  const seed = props.initial;
  return (
    <DiaryForm
      key={props.id}
      draftKey={editDraftKey(props.id)}
      initial={() => formFromEntry(seed)}
      cancelHref={`/diary/${props.id}`}
      onSave={async (fields) => {
        await diaryRepository.update(props.id, fields);
      }}
      onSaved={() => {
        showToast({ id: 'diary-saved', text: t('diary.saved') });
        props.onSaved();
      }}
    />
  );
}
