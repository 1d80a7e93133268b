// One session in full, with edit, continue (while in progress) and delete with undo, and the
// coach's notes about it.
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { useLiveQuery } from '../../db/live';
import { useI18n, useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { useErrorText } from '../../ui/error-message';
import { offerUndo } from '../../ui/undo';
import { CoachNotes } from '../coach/public';
import { MissingSession } from './components/MissingSession';
import { SessionDetails } from './components/SessionDetails';
import { sessionRepository } from './data';
import { focusingMessages } from './messages';
import './focusing.css';
import { isLive } from '../../domain/records/live';

/** The detail screen of one session. */
export default function DetailScreen() {
  const t = useMessages(focusingMessages);
  const { dateTime } = useI18n();
  const errorText = useErrorText();
  const { route } = useLocation();
  const { params } = useRoute();
  const id = params.id ?? '';
  const owner = useSettings().settings.profileId ?? '';
  const record = useLiveQuery(() => sessionRepository.get(id), [id]);
  const [failure, setFailure] = useState('');
  const session =
    record.status === 'ready' && record.value && isLive(record.value) ? record.value : undefined;

  const remove = async () => {
    setFailure('');
    try {
      await sessionRepository.remove(id);
      offerUndo(t('focusing.deleted'), t('focusing.undo'), () => sessionRepository.restore(id));
      route('/focusing');
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  return (
    <section aria-labelledby="detail-title" class="focusing">
      <h1 id="detail-title">
        {session
          ? t('focusing.detail.title', { date: dateTime(session.occurredAt) })
          : t('focusing.detail.unknown')}
      </h1>
      {record.status === 'ready' && !session && <MissingSession />}
      {session && (
        <>
          <p>
            <a href="/focusing">{t('focusing.backToHistory')}</a>
          </p>
          {session.status === 'in-progress' && (
            <p class="notice">
              {t('focusing.detail.inProgress')}{' '}
              <a href={`/focusing/new?id=${session.id}`}>{t('focusing.continue')}</a>
            </p>
          )}
          <SessionDetails session={session} owner={owner} />
          <CoachNotes targetId={session.id} />
          <p role="alert" class="field-error">
            {failure}
          </p>
          <div class="actions">
            <a class="button" href={`/focusing/${session.id}/edit`}>
              {t('focusing.edit')}
            </a>
            <button type="button" class="button" onClick={() => void remove()}>
              {t('focusing.delete')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
