// The shell: language, theme, first run, layout and routes, and the safety nets around them.

import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { LocationProvider, useLocation } from 'preact-iso';
import type { Settings } from '../db/settings';
import { FirstRun } from '../features/first-run/FirstRun';
import { LockGate } from '../features/lock/public';
import { I18nProvider } from '../i18n/context';
import { preferredLanguage } from '../i18n/translate';
import { SettingsProvider, useSettings } from '../services/settings-context';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { useAppLifecycle } from './lifecycle';
import { Routes } from './routes';

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
            <LocationProvider>
              <FirstRun />
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
