// The settings, loaded once before the first render and kept current across tabs.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { type Settings, subscribeSettings, updateSettings } from '../db/settings';

/** The settings and the one way to change them. */
export interface SettingsState {
  settings: Settings;
  update: (changes: Partial<Settings>) => Promise<Settings>;
}

const SettingsContext = createContext<SettingsState | undefined>(undefined);

/** Provides live settings to everything below it. */
export function SettingsProvider(props: { initial: Settings; children: ComponentChildren }) {
  const [settings, setSettings] = useState(props.initial);
  useEffect(() => subscribeSettings(setSettings), []);
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
