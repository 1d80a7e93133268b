// The shell: language, theme, first run, layout and routes, and the safety nets around them.

import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { ErrorBoundary as LoadBoundary, LocationProvider, lazy, useLocation } from 'preact-iso';
import type { Settings } from '../db/settings';
import { LockGate } from '../features/lock/public';
import { I18nProvider } from '../i18n/context';
import { preferredLanguage } from '../i18n/translate';
import { SettingsProvider, useSettings } from '../services/settings-context';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { useAppLifecycle } from './lifecycle';
import { Routes } from './routes';

// Only a device that still needs the first run loads it: a returning user's start never
// parses the welcome, the about text or their messages (docs/decisions.md, cold start).
const FirstRun = lazy(() =>
  import('../features/first-run/FirstRun').then((module) => module.FirstRun),
);

/**
 * The whole app, given the settings to render first (the stored ones, or their synchronous
 * copy) and the read from IndexedDB that confirms or corrects them.
 */
export function App(props: { initialSettings: Settings; confirmed: Promise<Settings> }) {
  return (
    <SettingsProvider initial={props.initialSettings} confirmed={props.confirmed}>
      <LocalizedApp />
    </SettingsProvider>
  );
}

/** Whether `settings` still need the first run (no role, or the about text not acknowledged). */
export function needsFirstRun(settings: Settings): boolean {
  return settings.role === null || settings.aboutReadAt === null;
}

/** Starts loading the first run's code for a device that needs it, before the first render. */
export function preloadFirstRun(): void {
  void FirstRun.preload().catch(() => {
    // The render's own load reports the failure through the error boundary.
  });
}

function LocalizedApp() {
  const { settings } = useSettings();
  const language = settings.language ?? preferredLanguage(navigator.languages ?? []);
  // Before the first paint, so no frame is marked in the wrong language or drawn in the wrong theme.
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    if (settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
  }, [language, settings.theme]);
  useAppLifecycle();
  return (
    <I18nProvider language={language}>
      <ErrorBoundary>
        <LockGate>
          {settings.role === null || settings.aboutReadAt === null ? (
            // A location of its own, so the help page can open from the first run.
            // While it loads nothing is drawn, as while the settings load on a first start.
            <LocationProvider>
              <LoadBoundary>
                <FirstRun />
              </LoadBoundary>
            </LocationProvider>
          ) : (
            <LocationProvider>
              <Layout role={settings.role} clientSections={settings.coachClientSections}>
                <ScreenBoundary>
                  <Routes role={settings.role} />
                </ScreenBoundary>
              </Layout>
            </LocationProvider>
          )}
        </LockGate>
      </ErrorBoundary>
    </I18nProvider>
  );
}

/** An error boundary per address: going elsewhere leaves a crashed screen behind. */
function ScreenBoundary(props: { children: ComponentChildren }) {
  const { path } = useLocation();
  return <ErrorBoundary key={path}>{props.children}</ErrorBoundary>;
}
