// One session of a given owner in full, read-only: the coach's view of a client's session.
import type { ComponentChildren } from 'preact';
import { useLiveQuery } from '../../db/live';
import type { FocusingSessionRecord } from '../../domain/records';
import { useI18n, useMessages } from '../../i18n/context';
import { MissingSession } from './components/MissingSession';
import { SessionDetails } from './components/SessionDetails';
import { sessionRepository } from './data';
import { focusingMessages } from './messages';
import './focusing.css';
import { isLive } from '../../domain/records/live';

/** The session `sessionId` if `ownerId` owns it (an h2 with its date), else a notice. */
export function SessionView(props: {
  sessionId: string;
  ownerId: string;
  /** Shown under the session, e.g. a "Note" button. */
  after?: (session: FocusingSessionRecord) => ComponentChildren;
}) {
  const t = useMessages(focusingMessages);
  const { dateTime } = useI18n();
  const record = useLiveQuery(() => sessionRepository.get(props.sessionId), [props.sessionId]);
  if (record.status === 'loading') return null;
  const session =
    record.status === 'ready' &&
    record.value &&
    isLive(record.value) &&
    record.value.ownerId === props.ownerId
      ? record.value
      : undefined;
  if (!session) return <MissingSession />;
  return (
    <div class="focusing">
      <h2>{t('focusing.detail.title', { date: dateTime(session.occurredAt) })}</h2>
      <SessionDetails session={session} owner={props.ownerId} />
      {props.after?.(session)}
    </div>
  );
}
