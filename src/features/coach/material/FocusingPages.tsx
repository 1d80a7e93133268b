// The coach's read-only views of a client's focusing: history with filters, one session, and
// the insight, all from the focusing feature's public entry point.
import { useRoute } from 'preact-iso';
import type { FocusingSessionRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { FocusingInsight, SessionHistory, SessionView } from '../../focusing/public';
import { ClientSubPage, type SubPageContext } from './ClientSubPage';
import { materialMessages } from './messages';
import { NoteHere } from './NoteHere';

function useSessionTarget() {
  const t = useMessages(materialMessages);
  const { dateTime } = useI18n();
  return (session: FocusingSessionRecord) => ({
    type: 'focusingSessions' as const,
    id: session.id,
    label: t('coach.target.focusingOf', { date: dateTime(session.occurredAt) }),
  });
}

function History({ clientId, pick, noteLabel }: SubPageContext) {
  const t = useMessages(materialMessages);
  const target = useSessionTarget();
  return (
    <div class="focusing">
      <p>
        <a href={`/coach/clients/${clientId}/focusing/insight`}>{t('coachMat.focusing.insight')}</a>
      </p>
      <SessionHistory
        ownerId={clientId}
        sessionHref={(id) => `/coach/clients/${clientId}/focusing/${id}`}
        readOnly
        note={{ label: noteLabel, onNote: (session) => pick(target(session)) }}
      />
    </div>
  );
}

/** /coach/clients/:id/focusing */
export function CoachFocusingScreen() {
  const t = useMessages(materialMessages);
  return (
    <ClientSubPage title={(name) => t('coachMat.focusing.title', { name })}>
      {(context) => <History {...context} />}
    </ClientSubPage>
  );
}

function Session({ clientId, pick, noteLabel }: SubPageContext) {
  const t = useMessages(materialMessages);
  const sessionId = useRoute().params.sessionId ?? '';
  const target = useSessionTarget();
  return (
    <>
      <p>
        <a href={`/coach/clients/${clientId}/focusing`}>{t('coachMat.focusing.open')}</a>
      </p>
      <SessionView
        sessionId={sessionId}
        ownerId={clientId}
        after={(session) => <NoteHere target={target(session)} pick={pick} label={noteLabel} />}
      />
    </>
  );
}

/** /coach/clients/:id/focusing/:sessionId */
export function CoachSessionScreen() {
  const t = useMessages(materialMessages);
  return (
    <ClientSubPage title={(name) => t('coachMat.session.title', { name })}>
      {(context) => <Session {...context} />}
    </ClientSubPage>
  );
}

/** /coach/clients/:id/focusing/insight */
export function CoachFocusingInsightScreen() {
  const t = useMessages(materialMessages);
  return (
    <ClientSubPage title={(name) => t('coachMat.focusing.insightTitle', { name })}>
      {({ clientId }) => (
        <div class="focusing">
          <p>
            <a href={`/coach/clients/${clientId}/focusing`}>{t('coachMat.focusing.open')}</a>
          </p>
          <FocusingInsight ownerId={clientId} />
        </div>
      )}
    </ClientSubPage>
  );
}
