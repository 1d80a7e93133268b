// One session of a given owner in full, read-only: the coach's view of a client's session.
import type { ComponentChildren } from 'preact';
import { useLiveQuery } from '../../db/live';
import type { FocusingSessionRecord } from '../../domain/records';
import { useI18n, useMessages } from '../../i18n/context';
import { LiveGate } from '../../ui/LiveGate';
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
  const { sessionId, ownerId } = props;
  // A tombstone, another owner's session or one that cannot be read all show as missing.
  const record = useLiveQuery(async () => {
    const found = await sessionRepository.get(sessionId);
    return found && isLive(found) && found.ownerId === ownerId ? found : undefined;
  }, [sessionId, ownerId]);
  return (
    <LiveGate result={record} failed={() => <MissingSession />} missing={<MissingSession />}>
      {(session) => (
        <div class="focusing">
          <h2>{t('focusing.detail.title', { date: dateTime(session.occurredAt) })}</h2>
          <SessionDetails session={session} owner={ownerId} />
          {props.after?.(session)}
        </div>
      )}
    </LiveGate>
  );
}
