// Starts a guided session, or resumes the one in progress. A new session is stored once the
// client puts something in it or moves on (opening the screen alone leaves nothing behind);
// see GuidedSession for how it saves as it goes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { compact, emptyForm, fieldsFromForm } from '../../domain/focusing/form';
import type { FocusingSessionRecord } from '../../domain/records';
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { useErrorText } from '../../ui/error-message';
import { GuidedSession } from './components/GuidedSession';
import { loadDiaryEntry, loadInProgress, sessionRepository } from './data';
import { focusingMessages } from './messages';
import './focusing.css';
import { isLive } from '../../domain/records/live';

type Opened =
  | { status: 'loading' }
  | { status: 'ready'; record: FocusingSessionRecord; resumed: boolean; stored: boolean }
  | { status: 'error'; message: string };

/**
 * Finds the session to continue (`?id=` or the latest in progress) or prepares a new one, not
 * stored yet. With `?diary=`, always a new session about that diary form, stored at once: its
 * situation is the concern (set aside and chosen) and the session is linked to it.
 */
async function openSession(
  owner: string,
  wanted: string | undefined,
  diaryId: string | undefined,
): Promise<{ record: FocusingSessionRecord; resumed: boolean; stored: boolean }> {
  const entry = diaryId ? await loadDiaryEntry(owner, diaryId) : undefined;
  if (entry) {
    const form = {
      ...emptyForm(new Date()),
      concernsSetAside: [entry.situation],
      chosenConcern: entry.situation,
      diaryEntryIds: [entry.id],
      themeId: entry.themeId ?? '',
    };
    const fields = fieldsFromForm(form, {
      mode: 'guided',
      status: 'in-progress',
      currentStep: 'check-in',
    });
    const record = await sessionRepository.create(owner, compact(fields));
    return { record, resumed: false, stored: true };
  }
  if (wanted) {
    const record = await sessionRepository.get(wanted);
    if (record && isLive(record) && record.status === 'in-progress' && record.ownerId === owner) {
      return { record, resumed: true, stored: true };
    }
  }
  const [latest] = await loadInProgress(owner);
  if (latest) return { record: latest, resumed: true, stored: true };
  const fields = fieldsFromForm(emptyForm(new Date()), {
    mode: 'guided',
    status: 'in-progress',
    currentStep: 'clearing-space',
  });
  return {
    record: sessionRepository.prepare(owner, compact(fields)),
    resumed: false,
    stored: false,
  };
}

/** The guided session screen (`/focusing/new`). */
export default function GuidedScreen() {
  const t = useMessages(focusingMessages);
  const errorText = useErrorText();
  const { query } = useLocation();
  const owner = useSettings().settings.profileId;
  const [opened, setOpened] = useState<Opened>({ status: 'loading' });
  const started = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the session opens once, when the profile id is known; the address (`query`) is read only then, and `tApp` only words a failure; re-running on them must not open or prepare a second session.
  useEffect(() => {
    // Open once: a second run would prepare a second session.
    if (started.current || !owner) return;
    started.current = true;
    openSession(owner, query.id, query.diary)
      .then((result) => setOpened({ status: 'ready', ...result }))
      .catch((error: unknown) => setOpened({ status: 'error', message: errorText(error) }));
  }, [owner]);

  return (
    <section aria-labelledby="guided-title" class="focusing guided">
      <h1 id="guided-title">{t('focusing.guided.title')}</h1>
      {opened.status === 'loading' && <p>{t('focusing.loading')}</p>}
      {opened.status === 'error' && <p role="alert">{opened.message}</p>}
      {opened.status === 'ready' && (
        <GuidedSession record={opened.record} resumed={opened.resumed} stored={opened.stored} />
      )}
    </section>
  );
}
