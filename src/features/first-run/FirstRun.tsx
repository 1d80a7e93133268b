// First run: choose the language and the role (both can be changed later in settings), then
// read "About Koers and your data" and acknowledge it; a coach then protects the device
// (the app lock, on by default for the role that holds other people's data; "Not now" goes
// on without it). A device set up before that text existed is asked for the acknowledgment
// alone. The help page opens from here too (the first run has no navigation), in place, so
// what was chosen is still there on the way back.
import { useRef, useState } from 'preact/hooks';
import { ErrorBoundary as LoadBoundary, lazy, useLocation } from 'preact-iso';
import { newId } from '../../domain/ids';
import type { Language } from '../../i18n/catalog';
import { useI18n, useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { useFocusOnChange } from '../../ui/use-focus-after';
import { lockHinted } from '../lock/public';
import { AboutKoers } from './AboutKoers';
import { LockStep, lockStepPending, markLockStep } from './LockStep';
import { aboutMessages } from './messages';
import { welcomeMessages } from './welcome-messages';

// Only when asked for: the help page stays out of the first screen's code.
const HelpScreen = lazy(() => import('../help/public').then((module) => module.HelpScreen));

type Step = 'choose' | 'about' | 'lock';

function initialStep(role: 'client' | 'coach' | null): Step {
  if (role === null) return 'choose';
  return role === 'coach' && (lockStepPending() || lockHinted()) ? 'lock' : 'about';
}

/** The welcome screen shown until a role is chosen and the about text acknowledged. */
export function FirstRun() {
  const { t, language } = useI18n();
  const tAbout = useMessages(aboutMessages);
  const tWelcome = useMessages(welcomeMessages);
  const { settings, update } = useSettings();
  const { path } = useLocation();
  // The language picked here, sent with Start as chosen: the render's language follows the
  // stored settings, a moment after the pick.
  const [chosen, setChosen] = useState<Language>(language);
  const [role, setRole] = useState<'client' | 'coach' | null>(settings.role);
  const [name, setName] = useState(settings.displayName);
  const [showError, setShowError] = useState(false);
  // A device with a role already only needs the acknowledgment; a coach who came as far as
  // the lock step (this tab, before a reload; or with the lock on already) goes back to it.
  const [step, setStep] = useState<Step>(() => initialStep(settings.role));
  const heading = useRef<HTMLHeadingElement>(null);
  const view = path === '/help' ? 'help' : step;
  // After a step changes, the reader starts at its heading (not on the first paint).
  useFocusOnChange(heading, view);

  const next = (event: Event) => {
    event.preventDefault();
    if (!role) {
      setShowError(true);
      document.getElementById('role-client')?.focus();
      return;
    }
    setStep('about');
  };

  const acknowledge = () => {
    if (!role) return;
    const chosenSettings = {
      role,
      language: settings.role ? settings.language : chosen,
      displayName: settings.role ? settings.displayName : name.trim().slice(0, 100),
      profileId: settings.profileId ?? newId(),
    };
    if (role === 'coach') {
      // Stored now, so a reload in the lock step keeps them (the first run lasts until the
      // acknowledgment's time is stored, after the lock step).
      markLockStep(true);
      void update(chosenSettings);
      setStep('lock');
      return;
    }
    void update({ ...chosenSettings, aboutReadAt: new Date().toISOString() });
  };

  const finishAfterLock = () => {
    markLockStep(false);
    void update({ aboutReadAt: new Date().toISOString() });
  };

  if (view === 'help') {
    return (
      <main id="main" class="first-run">
        <p>
          <a href="/">{tAbout('about.toStart')}</a>
        </p>
        {/* Catches the lazy screen's load (preact-iso's boundary waits for it). */}
        <LoadBoundary>
          <HelpScreen />
        </LoadBoundary>
      </main>
    );
  }

  if (view === 'lock' && role === 'coach') {
    return <LockStep heading={heading} onDone={finishAfterLock} />;
  }

  if (view === 'about' && role) {
    return (
      <main id="main" class="first-run">
        <h1 ref={heading} tabIndex={-1}>
          {tAbout('about.title')}
        </h1>
        <p class="muted">{tAbout('about.lead')}</p>
        <AboutKoers role={role} />
        <div class="actions">
          <button type="button" class="button primary large" onClick={acknowledge}>
            {tAbout('about.acknowledge')}
          </button>
          {!settings.role && (
            <button type="button" class="button" onClick={() => setStep('choose')}>
              {tAbout('about.back')}
            </button>
          )}
        </div>
      </main>
    );
  }

  return (
    <main id="main" class="first-run">
      <h1 ref={heading} tabIndex={-1}>
        {tWelcome('firstRun.title')}
      </h1>
      <p class="muted">{tWelcome('firstRun.tagline')}</p>
      <p>{tWelcome('firstRun.intro')}</p>
      <form onSubmit={next} noValidate>
        <fieldset>
          <legend>{tWelcome('firstRun.language')}</legend>
          <div class="choice-row">
            {(['nl', 'en'] as Language[]).map((option) => (
              <label class="choice" key={option}>
                <input
                  type="radio"
                  name="language"
                  value={option}
                  checked={chosen === option}
                  onChange={() => {
                    setChosen(option);
                    void update({ language: option });
                  }}
                />
                <span lang={option}>{option === 'nl' ? 'Nederlands' : 'English'}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset aria-describedby={showError ? 'role-error' : undefined}>
          <legend>{tWelcome('firstRun.role')}</legend>
          <label class="choice card">
            <input
              id="role-client"
              type="radio"
              name="role"
              value="client"
              checked={role === 'client'}
              onChange={() => {
                setRole('client');
                setShowError(false);
              }}
            />
            <span>
              <strong>{t('firstRun.role.client')}</strong>
              <small>{tWelcome('firstRun.role.client.hint')}</small>
            </span>
          </label>
          <label class="choice card">
            <input
              type="radio"
              name="role"
              value="coach"
              checked={role === 'coach'}
              onChange={() => {
                setRole('coach');
                setShowError(false);
              }}
            />
            <span>
              <strong>{t('firstRun.role.coach')}</strong>
              <small>{tWelcome('firstRun.role.coach.hint')}</small>
            </span>
          </label>
          {showError && (
            <p id="role-error" class="field-error">
              {tWelcome('firstRun.roleRequired')}
            </p>
          )}
        </fieldset>
        <label class="field">
          <span>{tWelcome('firstRun.name')}</span>
          <input
            type="text"
            maxLength={100}
            autoComplete="name"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button primary large">
          {tWelcome('firstRun.next')}
        </button>
      </form>
      <p class="hint">{tWelcome('firstRun.restoreHint')}</p>
    </main>
  );
}
