// The first run's last step for a coach: protecting the device. The lock's own turn-on flow
// (the settings section, loaded lazily) with the coach's reason, and a secondary "Not now"
// that goes on without the lock. Once the lock is on, "Continue" goes on; while it is being
// turned on, neither shows (the turn finishes first).
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/context';
import { loadLockSection, useLockMode } from '../lock/public';
import { lockStepMessages } from './lock-step-messages';

const PENDING_KEY = 'koers.firstRun.lockStep';

/**
 * Remembers for this tab that the coach reached the lock step (a flag, no content), so a
 * reload in the middle comes back to it instead of to the about text.
 */
export function markLockStep(pending: boolean): void {
  try {
    if (pending) sessionStorage.setItem(PENDING_KEY, '1');
    else sessionStorage.removeItem(PENDING_KEY);
  } catch {
    // Storage blocked: a reload then shows the about text once more, then this step.
  }
}

/** Whether this tab reached the lock step before a reload. */
export function lockStepPending(): boolean {
  try {
    return sessionStorage.getItem(PENDING_KEY) === '1';
  } catch {
    return false;
  }
}

/** The lock step; `onDone` finishes the first run (with the lock on, or without it). */
export function LockStep(props: { heading: RefObject<HTMLHeadingElement>; onDone: () => void }) {
  const t = useMessages(lockStepMessages);
  const mode = useLockMode();
  const [Section, setSection] = useState<Awaited<ReturnType<typeof loadLockSection>>>();
  useEffect(() => {
    void loadLockSection().then((loaded) => setSection(() => loaded));
  }, []);
  return (
    <main id="main" class="first-run">
      <h1 ref={props.heading} tabIndex={-1}>
        {t('firstRun.lock.title')}
      </h1>
      <p class="muted">{t('firstRun.lock.lead')}</p>
      {Section && <Section coach={true} firstRun={true} />}
      {mode === 'on' && (
        <div class="actions">
          <button type="button" class="button primary large" onClick={props.onDone}>
            {t('firstRun.lock.continue')}
          </button>
        </div>
      )}
      {mode === 'off' && (
        <>
          <div class="actions">
            <button
              type="button"
              class="button"
              aria-describedby="lock-not-now-hint"
              onClick={props.onDone}
            >
              {t('firstRun.lock.notNow')}
            </button>
          </div>
          <p id="lock-not-now-hint" class="hint">
            {t('firstRun.lock.notNowHint')}
          </p>
        </>
      )}
    </main>
  );
}
