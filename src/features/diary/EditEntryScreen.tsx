// /diary/:id/edit: change an entry. Its draft is kept per entry, apart from the new-entry one.
import { useLocation, useRoute } from 'preact-iso';
import { useLiveQuery } from '../../db/live';
import { editDraftKey } from '../../domain/diary/draft-keys';
import { formFromEntry } from '../../domain/diary/form';
import { isLive } from '../../domain/records/live';
import { useMessages } from '../../i18n/context';
import { LiveGate } from '../../ui/LiveGate';
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
  const entry = useLiveQuery(async () => {
    const found = await diaryRepository.get(id);
    return found && isLive(found) ? found : undefined;
  }, [id]);
  return (
    <section aria-labelledby="diary-edit-title">
      <h1 id="diary-edit-title">{t('diary.edit.title')}</h1>
      <LiveGate
        result={entry}
        loading={t('diary.loading')}
        failed={(error) => <EntryMissing error={error} />}
        missing={<EntryMissing />}
      >
        {(found) => <EditForm id={id} initial={found} onSaved={() => route(`/diary/${id}`)} />}
      </LiveGate>
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
