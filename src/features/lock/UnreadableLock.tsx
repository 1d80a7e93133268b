// What the app shows when its lock record on this device does not parse: the database stays
// shut on purpose (fail closed), and this says so plainly: what happened, that nothing was
// changed or deleted, and what the user can do, with the help page one tap away. It reads and
// writes nothing itself; the help page it opens only reads.
import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/context';
import { lockMessages } from './messages';

/** The message of an unreadable lock record, in place of the whole app. */
export function UnreadableLock() {
  const t = useMessages(lockMessages);
  const [Help, setHelp] = useState<FunctionComponent>();
  const [showHelp, setShowHelp] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const helpButton = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const shown = useRef(false);

  useEffect(() => {
    if (showHelp && Help) {
      back.current?.focus();
    } else if (!shown.current) {
      // First shown in place of a screen: the heading says what happened.
      heading.current?.focus();
    } else {
      helpButton.current?.focus();
    }
    shown.current = true;
  }, [showHelp, Help]);

  const openHelp = () => {
    setShowHelp(true);
    // The help page's code is loaded only here (it is precached, so offline too).
    if (!Help) void import('../help/public').then((m) => setHelp(() => m.HelpScreen));
  };

  if (showHelp && Help) {
    return (
      <main class="lock-screen stack">
        <div>
          <button ref={back} type="button" class="button" onClick={() => setShowHelp(false)}>
            {t('lock.damaged.back')}
          </button>
        </div>
        <Help />
      </main>
    );
  }
  return (
    <main class="lock-screen stack" aria-labelledby="lock-damaged-title">
      <h1 id="lock-damaged-title" ref={heading} tabIndex={-1}>
        {t('lock.damaged.title')}
      </h1>
      <p>{t('lock.damaged.explain')}</p>
      <p>
        <strong>{t('lock.damaged.nothingChanged')}</strong>
      </p>
      <h2>{t('lock.damaged.whatToDo')}</h2>
      <ul>
        <li>{t('lock.damaged.keep')}</li>
        <li>{t('lock.damaged.contact')}</li>
        <li>{t('lock.damaged.backup')}</li>
      </ul>
      <div>
        <button ref={helpButton} type="button" class="button primary" onClick={openHelp}>
          {t('lock.damaged.help')}
        </button>
      </div>
    </main>
  );
}
