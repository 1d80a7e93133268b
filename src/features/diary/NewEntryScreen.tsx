// /diary/new: log a situation. One tap from anywhere (header button, home, manifest shortcut).
import { useLocation } from 'preact-iso';
import { NEW_ENTRY_DRAFT } from '../../domain/diary/draft-keys';
import { emptyForm } from '../../domain/diary/form';
import { AppError } from '../../domain/errors';
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { showToast } from '../../ui/toasts';
import { DiaryForm } from './DiaryForm';
import { diaryRepository } from './diary-queries';
import { diaryMessages } from './messages';

/** The screen with an empty diary form. */
export default function NewEntryScreen() {
  const t = useMessages(diaryMessages);
  const { route } = useLocation();
  const owner = useSettings().settings.profileId;
  return (
    <section aria-labelledby="diary-new-title">
      <h1 id="diary-new-title">{t('diary.new.title')}</h1>
      <DiaryForm
        draftKey={NEW_ENTRY_DRAFT}
        initial={() => emptyForm(new Date())}
        cancelHref="/diary"
        onSave={async (fields) => {
          if (!owner) throw new AppError('invalid-data', 'no profile');
          await diaryRepository.create(owner, fields);
        }}
        onSaved={() => {
          showToast({ id: 'diary-saved', text: t('diary.saved') });
          route('/diary');
        }}
      />
    </section>
  );
}
