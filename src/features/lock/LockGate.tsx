// The gate in front of every screen: with the lock on and no key held it shows the lock
// screen (which renders nothing of the content) instead of the app; otherwise the app. With
// the lock on, the hint from the last run shows the lock screen from the first frame (its
// code is in the shell). A lock state that cannot be read (the database then refuses to open)
// shows its own message, loaded lazily, instead of anything else.
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { onDatabaseMode } from '../../db/database-mode';
import type { LockMode } from '../../db/lock-state';
import { keyHolder } from '../../lock/key-holder';
import { dismissContentToasts } from '../../ui/toasts';
import { startAutoLock } from './auto-lock';
import { LockScreen } from './LockScreen';
import { autoLockMinutes, listenToLock, lockNow } from './lock-gate';
import { lockHinted, rememberLockMode } from './lock-hint';

/** Shows `children` only when the lock is off or open. */
export function LockGate(props: { children: ComponentChildren }) {
  const [mode, setMode] = useState<LockMode>(() => (lockHinted() ? 'on' : 'off'));
  const [open, setOpen] = useState(() => keyHolder.unlocked);
  const [minutes, setMinutes] = useState(autoLockMinutes);
  // The message for a lock state that cannot be read, once loaded.
  const [Unreadable, setUnreadableScreen] = useState<FunctionComponent>();
  // The stored lock state does not parse: the database stays shut, and the gate says why.
  const [unreadable, setUnreadable] = useState(false);
  const locked = mode !== 'off' && !open;
  // While the lock screen shows, it opens the gate itself once a resumed turn is done; an
  // unlock elsewhere (turning the lock on in the settings) opens it at once.
  const showingLockScreen = useRef(locked);
  showingLockScreen.current = locked;

  useEffect(() => {
    let live = true;
    // The gate never opens the database itself: it hears the stored state when something
    // does, before any record is read. With the lock on last time, that is the lock screen,
    // once it is shown (it looks for a passkey); with it off, the first screen that reads
    // records. So a start loads the database's code only after its first screen is up.
    const stopDatabase = onDatabaseMode((stored) => {
      if (stored === 'unreadable') {
        if (live) setUnreadable(true);
        return;
      }
      rememberLockMode(stored);
      if (live) setMode(stored);
    });
    const stopHolder = keyHolder.subscribe((event) => {
      if (event === 'locked') {
        // A notice may name the content ("… was removed", with Undo): it goes with the key.
        dismissContentToasts();
        setOpen(false);
      } else if (!showingLockScreen.current) setOpen(true);
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
    if (!unreadable || Unreadable) return;
    // A component is stored through the updater form, or the state setter would call it.
    void import('./UnreadableLock').then((m) => setUnreadableScreen(() => m.UnreadableLock));
  }, [unreadable, Unreadable]);

  useEffect(() => {
    if (mode === 'off' || !open) return;
    return startAutoLock(minutes, () => void lockNow());
  }, [mode, open, minutes]);

  // Until the message's code has loaded: an empty main region, nothing of the content.
  if (unreadable) return Unreadable ? <Unreadable /> : <main class="lock-wait" />;
  if (!locked) return <>{props.children}</>;
  return <LockScreen onOpen={() => setOpen(true)} />;
}
