// The gate in front of every screen: with the lock on and no key held it shows the lock
// screen (which renders nothing of the content) instead of the app; otherwise the app. The
// lock screen loads lazily, so a device without the lock loads nothing of it; with the lock
// on, the hint from the last run shows it from the first frame.
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { onDatabaseMode } from '../../db/database-mode';
import type { LockMode } from '../../db/lock-state';
import { keyHolder } from '../../lock/key-holder';
import { startAutoLock } from './auto-lock';
import {
  autoLockMinutes,
  listenToLock,
  lockHinted,
  lockModeAtStart,
  lockNow,
  rememberLockMode,
} from './lock-gate';

type LockScreenProps = { onOpen: () => void };

/** Shows `children` only when the lock is off or open. */
export function LockGate(props: { children: ComponentChildren }) {
  const [mode, setMode] = useState<LockMode>(() => (lockHinted() ? 'on' : 'off'));
  const [open, setOpen] = useState(() => keyHolder.unlocked);
  const [minutes, setMinutes] = useState(autoLockMinutes);
  const [Screen, setScreen] = useState<FunctionComponent<LockScreenProps>>();
  const locked = mode !== 'off' && !open;
  // While the lock screen shows, it opens the gate itself once a resumed turn is done; an
  // unlock elsewhere (turning the lock on in the settings) opens it at once.
  const showingLockScreen = useRef(locked);
  showingLockScreen.current = locked;

  useEffect(() => {
    let live = true;
    // With the lock on last time, the database decides at once (the lock screen needs it
    // anyway). With it off, the start opens nothing more: the gate hears the state when the
    // first screen that reads records opens the database, before any record is read.
    if (lockHinted()) {
      void lockModeAtStart()
        .then((stored) => live && setMode(stored))
        .catch(() => undefined);
    }
    const stopDatabase = onDatabaseMode((stored) => {
      rememberLockMode(stored);
      if (live) setMode(stored);
    });
    const stopHolder = keyHolder.subscribe((event) => {
      if (event === 'locked') setOpen(false);
      else if (!showingLockScreen.current) setOpen(true);
    });
    const stopNews = listenToLock((news) => {
      if (news.type === 'mode') setMode(news.mode);
      if (news.type === 'minutes') setMinutes(autoLockMinutes());
    });
    return () => {
      live = false;
      stopHolder();
      stopNews();
      stopDatabase();
    };
  }, []);

  useEffect(() => {
    if (!locked || Screen) return;
    void import('./LockScreen').then((m) => setScreen(() => m.LockScreen));
  }, [locked, Screen]);

  useEffect(() => {
    if (mode === 'off' || !open) return;
    return startAutoLock(minutes, () => void lockNow());
  }, [mode, open, minutes]);

  if (!locked) return <>{props.children}</>;
  // Until the screen's code has loaded: an empty main region, nothing of the content.
  return Screen ? <Screen onOpen={() => setOpen(true)} /> : <main class="lock-wait" />;
}
