// The settings, loaded once before the first render and kept current across tabs.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { type Settings, sameSettings, subscribeSettings, updateSettings } from '../db/settings';

/** The settings and the one way to change them. */
export interface SettingsState {
  settings: Settings;
  update: (changes: Partial<Settings>) => Promise<Settings>;
}

const SettingsContext = createContext<SettingsState | undefined>(undefined);

/**
 * Provides live settings to everything below it: `initial` at once, then the stored settings
 * from `confirmed` where they differ, then every change.
 */
export function SettingsProvider(props: {
  initial: Settings;
  confirmed: Promise<Settings>;
  children: ComponentChildren;
}) {
  const [settings, setSettings] = useState(props.initial);
  useEffect(() => {
    let mounted = true;
    void props.confirmed.then((stored) => {
      if (mounted) setSettings((shown) => (sameSettings(shown, stored) ? shown : stored));
    });
    const unsubscribe = subscribeSettings(setSettings);
    return () => {
      mounted = false;
      unsubscribe();
    };
  }, [props.confirmed]);
  return (
    <SettingsContext.Provider value={{ settings, update: updateSettings }}>
      {props.children}
    </SettingsContext.Provider>
  );
}

/** The current settings; only valid below SettingsProvider. */
export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings outside SettingsProvider');
  return state;
}
