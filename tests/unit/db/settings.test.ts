import { beforeEach, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  loadSettings,
  parseSettings,
  resetSettingsCache,
  subscribeSettings,
  updateSettings,
} from '../../../src/db/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing, garbage and wrong types', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings);
    expect(parseSettings('garbage')).toEqual(defaultSettings);
    expect(parseSettings({ role: 'admin', language: 'de', theme: 3, profileId: 'x' })).toEqual(
      defaultSettings,
    );
  });

  it('keeps every valid field and drops only the invalid ones', () => {
    const parsed = parseSettings({
      role: 'coach',
      language: 'nl',
      theme: 'dark',
      profileId: '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
      displayName: 'x'.repeat(101),
      lastBackupAt: 'not a date',
      persistenceRequested: true,
    });
    expect(parsed).toEqual({
      ...defaultSettings,
      role: 'coach',
      language: 'nl',
      theme: 'dark',
      profileId: '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
      persistenceRequested: true,
    });
  });
});

describe('stored settings', () => {
  beforeEach(() => resetSettingsCache());

  it('stores, reloads from storage and notifies subscribers', async () => {
    const seen: string[] = [];
    const stop = subscribeSettings((settings) => seen.push(settings.theme));
    await updateSettings({ theme: 'dark', displayName: 'Ruben' });
    stop();
    resetSettingsCache();
    const loaded = await loadSettings();
    expect(loaded.theme).toBe('dark');
    expect(loaded.displayName).toBe('Ruben');
    expect(seen).toEqual(['dark']);
  });
});
