import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultSettings,
  loadSettings,
  parseSettings,
  readSettingsMirror,
  resetSettingsCache,
  sameSettings,
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

  it('keeps the lock invitation put away only for a real true', () => {
    expect(parseSettings({ lockInviteDismissed: true }).lockInviteDismissed).toBe(true);
    expect(parseSettings({ lockInviteDismissed: 'true' }).lockInviteDismissed).toBe(false);
    expect(parseSettings({}).lockInviteDismissed).toBe(false);
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

describe('concurrent updates', () => {
  beforeEach(() => resetSettingsCache());

  it('apply one after another, so neither undoes the other', async () => {
    await updateSettings({ language: 'en', theme: 'system' });
    // Both start before either has stored: the second must see the first.
    const [first, second] = await Promise.all([
      updateSettings({ language: 'nl' }),
      updateSettings({ theme: 'dark' }),
    ]);
    expect(first).toMatchObject({ language: 'nl', theme: 'system' });
    expect(second).toMatchObject({ language: 'nl', theme: 'dark' });
    resetSettingsCache();
    expect(await loadSettings()).toMatchObject({ language: 'nl', theme: 'dark' });
  });
});

describe('the synchronous copy of the settings', () => {
  // A Map-backed stand-in for localStorage, which Node does not have.
  const makeStorage = () => {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
  };
  let storage: ReturnType<typeof makeStorage>;

  beforeEach(() => {
    resetSettingsCache();
    storage = makeStorage();
    vi.stubGlobal('localStorage', storage);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is absent on a new device, so the first render waits for IndexedDB', () => {
    expect(readSettingsMirror()).toBeUndefined();
  });

  it('follows every change and every read from IndexedDB', async () => {
    await updateSettings({ role: 'coach', language: 'nl', displayName: 'Praktijk Noord' });
    expect(readSettingsMirror()).toEqual(await loadSettings());
    // Another copy went stale (say the tab closed between the two writes): a read corrects it.
    storage.setItem('koers-settings', JSON.stringify({ ...defaultSettings, role: 'client' }));
    resetSettingsCache();
    const stored = await loadSettings();
    expect(stored.role).toBe('coach');
    expect(readSettingsMirror()).toEqual(stored);
  });

  it('reads a damaged copy as nothing or as defaults, never as an error', () => {
    storage.setItem('koers-settings', '{not json');
    expect(readSettingsMirror()).toBeUndefined();
    storage.setItem('koers-settings', JSON.stringify({ role: 'admin', theme: 'dark' }));
    expect(readSettingsMirror()).toEqual({ ...defaultSettings, theme: 'dark' });
  });

  it('does not stand in the way when storage refuses to write', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    await expect(updateSettings({ theme: 'light' })).resolves.toMatchObject({ theme: 'light' });
    expect(readSettingsMirror()).toBeUndefined();
  });

  it('compares settings field by field', () => {
    expect(sameSettings(defaultSettings, { ...defaultSettings })).toBe(true);
    expect(sameSettings(defaultSettings, { ...defaultSettings, installHintDismissals: 1 })).toBe(
      false,
    );
  });

  it('compares the reminder plan by value', () => {
    const plan = { days: [1, 3] as (1 | 3)[], times: ['08:00'] };
    const a = { ...defaultSettings, reminder: plan };
    const b = { ...defaultSettings, reminder: { days: [1, 3] as (1 | 3)[], times: ['08:00'] } };
    expect(sameSettings(a, b)).toBe(true);
    expect(sameSettings(a, { ...b, reminder: { days: [1], times: ['08:00'] } })).toBe(false);
    expect(sameSettings(a, defaultSettings)).toBe(false);
  });
});

describe('reminder and install-hint settings', () => {
  it('reads a stored reminder plan, cleaned, and drops a damaged one', () => {
    expect(
      parseSettings({ reminder: { days: [5, 1, 9, 1], times: ['19:30', '08:00', '25:00'] } })
        .reminder,
    ).toEqual({ days: [1, 5], times: ['08:00', '19:30'] });
    expect(parseSettings({ reminder: { days: [], times: ['08:00'] } }).reminder).toBeNull();
    expect(parseSettings({ reminder: 'daily' }).reminder).toBeNull();
  });

  it('turns the old one-way dismissal of the install hint into one dismissal', () => {
    expect(parseSettings({ installHintDismissed: true }).installHintDismissals).toBe(1);
    expect(parseSettings({ installHintDismissals: 2 }).installHintDismissals).toBe(2);
    expect(parseSettings({ installHintDismissals: -1 }).installHintDismissals).toBe(0);
  });

  it('keeps counts and days of use only when they are well formed', () => {
    const parsed = parseSettings({
      useDays: 4,
      lastUseDay: '2026-12-02',
      installHintAgainAtUseDay: 7,
    });
    expect(parsed).toMatchObject({
      useDays: 4,
      lastUseDay: '2026-12-02',
      installHintAgainAtUseDay: 7,
    });
    expect(parseSettings({ useDays: 1.5, lastUseDay: 'yesterday' })).toMatchObject({
      useDays: 0,
      lastUseDay: null,
    });
  });
});
