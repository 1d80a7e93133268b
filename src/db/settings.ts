// Device settings in idb-keyval (a store of their own, apart from the records database).
// On the critical path of the first screen: hand-validated, so zod stays out of the shell.
// A damaged or missing value falls back to its default instead of breaking start-up.
// A copy in localStorage (the mirror) lets the first render start without waiting for
// IndexedDB to open; IndexedDB stays the truth and corrects the copy as soon as it is read.
// Under the app lock the display name is the one setting that is content: it is stored sealed
// (`sealed` beside an empty `displayName`, opened after unlock) and the copy in localStorage
// holds it empty, so localStorage holds no content while the lock is on.
import { get, set, type UseStore } from 'idb-keyval';
import { parseReminderPlan, type ReminderPlan } from '../domain/reminders/plan';
import type { Envelope } from '../lock/envelope';
import { LockError } from '../lock/errors';
import { keyHolder } from '../lock/key-holder';
import { hasEnvelope, SEALED_FIELD } from '../lock/sealed-field';
import { SETTINGS_DATABASE } from './keyval-names';
import { keyvalStore } from './keyval-store';

/** The settings and small device state. */
export interface Settings {
  /** null until the first run has asked. */
  role: 'client' | 'coach' | null;
  /** null: follow the browser's language. */
  language: 'nl' | 'en' | null;
  theme: 'system' | 'light' | 'dark';
  /** This device's own profile: the ownerId of the records made here. */
  profileId: string | null;
  displayName: string;
  persistenceRequested: boolean;
  lastBackupAt: string | null;
  /** How often the install hint was put away (after three times it stays away). */
  installHintDismissals: number;
  /** The install hint shows again from this many days of use on. */
  installHintAgainAtUseDay: number;
  /** On how many different local days the app was opened (for the install hint). */
  useDays: number;
  /** The last local day (YYYY-MM-DD) the app was opened. */
  lastUseDay: string | null;
  /** The diary reminder: weekdays and local times; null when the client set none. */
  reminder: ReminderPlan | null;
  /** Whether the client asked for notifications where the platform can show them. */
  reminderNotify: boolean;
  /** When the home screen's reminder nudge was last put away. */
  reminderNudgeDismissedAt: string | null;
  /** On a coach's device: whether the client's own sections (diary, ZKM, focusing) show too. */
  coachClientSections: boolean;
  /**
   * When this device's user acknowledged "About Koers and your data" (what Koers is and is
   * not, where the data lives); null until then, and the first run asks for it.
   */
  aboutReadAt: string | null;
  /** Whether the client put away home's invitation to turn the app lock on (a flag, no content). */
  lockInviteDismissed: boolean;
}

/** The settings of a new device. */
export const defaultSettings: Readonly<Settings> = {
  role: null,
  language: null,
  theme: 'system',
  profileId: null,
  displayName: '',
  persistenceRequested: false,
  lastBackupAt: null,
  installHintDismissals: 0,
  installHintAgainAtUseDay: 0,
  useDays: 0,
  lastUseDay: null,
  reminder: null,
  reminderNotify: false,
  reminderNudgeDismissedAt: null,
  coachClientSections: false,
  aboutReadAt: null,
  lockInviteDismissed: false,
};

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** A whole number from 0 to `max`, or undefined. */
function count(field: unknown, max: number): number | undefined {
  return Number.isInteger(field) && (field as number) >= 0 && (field as number) <= max
    ? (field as number)
    : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function oneOf<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Keeps every valid field of `raw` and the default for the rest. */
export function parseSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = defaultSettings;
  const text = (field: unknown, max: number) =>
    typeof field === 'string' && field.length <= max ? field : undefined;
  const iso = (field: unknown) =>
    typeof field === 'string' && !Number.isNaN(Date.parse(field)) ? field : null;
  return {
    role: oneOf(value.role, ['client', 'coach', null], d.role),
    language: oneOf(value.language, ['nl', 'en', null], d.language),
    theme: oneOf(value.theme, ['system', 'light', 'dark'], d.theme),
    profileId:
      typeof value.profileId === 'string' && UUID.test(value.profileId)
        ? value.profileId
        : d.profileId,
    displayName: text(value.displayName, 100) ?? d.displayName,
    persistenceRequested: value.persistenceRequested === true,
    lastBackupAt: iso(value.lastBackupAt),
    // Before the hint could come back it was put away for good with one boolean.
    installHintDismissals:
      count(value.installHintDismissals, 100) ?? (value.installHintDismissed === true ? 1 : 0),
    installHintAgainAtUseDay: count(value.installHintAgainAtUseDay, 100_000) ?? 0,
    useDays: count(value.useDays, 100_000) ?? 0,
    lastUseDay:
      typeof value.lastUseDay === 'string' && DAY_KEY.test(value.lastUseDay)
        ? value.lastUseDay
        : null,
    reminder: parseReminderPlan(value.reminder) ?? null,
    reminderNotify: value.reminderNotify === true,
    reminderNudgeDismissedAt: iso(value.reminderNudgeDismissedAt),
    coachClientSections: value.coachClientSections === true,
    aboutReadAt: iso(value.aboutReadAt),
    lockInviteDismissed: value.lockInviteDismissed === true,
  };
}

const KEY = 'settings';
let store: UseStore | undefined;
const storeOf = () => {
  // The first use is the start's read (settings-early.ts), which checks for a rebuild itself.
  store ??= keyvalStore(SETTINGS_DATABASE.name, SETTINGS_DATABASE.store, { startRead: true });
  return store;
};

type Listener = (settings: Settings) => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;
let cached: Settings | undefined;

function channelOf(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel('koers-settings');
    // Another tab changed the settings: re-read and tell this tab's listeners.
    channel.onmessage = () => {
      cached = undefined;
      void loadSettings().then((settings) => {
        for (const listener of listeners) listener(settings);
      });
    };
  }
  return channel;
}

const MIRROR_KEY = 'koers-settings';

/**
 * The copy of the settings that can be read synchronously, or undefined when there is none
 * (a new device, storage blocked): then the first render waits for IndexedDB as before.
 */
export function readSettingsMirror(): Settings | undefined {
  try {
    const raw = localStorage.getItem(MIRROR_KEY);
    return raw === null ? undefined : parseSettings(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

function writeSettingsMirror(settings: Settings): void {
  try {
    const text = JSON.stringify(settings);
    // Every start reads the settings once; most times the copy already holds them.
    if (localStorage.getItem(MIRROR_KEY) !== text) localStorage.setItem(MIRROR_KEY, text);
  } catch {
    // Storage full or blocked: the mirror is only a head start, IndexedDB holds the settings.
  }
}

/** Whether two settings objects hold the same values (the reminder plan compared by value). */
export function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(a) as (keyof Settings)[]).every((key) =>
    key === 'reminder'
      ? JSON.stringify(a.reminder) === JSON.stringify(b.reminder)
      : a[key] === b[key],
  );
}

/** The stored settings with the display name sealed. */
type SealedSettings = Settings & { [SEALED_FIELD]: Envelope };

function isSealedSettings(raw: unknown): raw is SealedSettings {
  return typeof raw === 'object' && raw !== null && hasEnvelope(raw);
}

const NAME_ID = 'displayName';

/** The display name sealed in `raw`, opened with the held key; empty while locked. */
async function openName(raw: SealedSettings): Promise<string> {
  const key = keyHolder.key();
  if (key === undefined) return '';
  const { openValue } = await import('../lock/value-envelope');
  const name = await openValue(key, 'settings', NAME_ID, raw[SEALED_FIELD]);
  return parseSettings({ displayName: name }).displayName;
}

async function sealName(key: CryptoKey, name: string): Promise<Envelope> {
  const { sealValue } = await import('../lock/value-envelope');
  return sealValue(key, 'settings', NAME_ID, name);
}

let watchingKey = false;

/** Unlocking or locking changes what the settings show (the sealed name): read them again. */
function watchKeyHolder(): void {
  if (watchingKey) return;
  watchingKey = true;
  keyHolder.subscribe(() => {
    cached = undefined;
    void loadSettings().then((settings) => {
      for (const listener of listeners) listener(settings);
    });
  });
}

/** Reads the settings, filling defaults for anything missing or invalid. */
export async function loadSettings(): Promise<Settings> {
  watchKeyHolder();
  if (!cached) {
    const raw = await get(KEY, storeOf());
    const settings = parseSettings(raw);
    if (isSealedSettings(raw)) {
      settings.displayName = await openName(raw);
      writeSettingsMirror({ ...settings, displayName: '' });
    } else {
      writeSettingsMirror(settings);
    }
    cached = settings;
  }
  return cached;
}

// Updates run one after another: each reads what the one before stored, so two changes in
// flight at once (a language picked, then Start pressed) never undo each other's fields.
let updates: Promise<unknown> = Promise.resolve();

/** Merges `changes` into the settings, stores them and tells every tab. */
export function updateSettings(changes: Partial<Settings>): Promise<Settings> {
  const run = async () => {
    const next = parseSettings({ ...(await loadSettings()), ...changes });
    const raw = await get(KEY, storeOf());
    if (isSealedSettings(raw)) {
      // Under the lock: the name stays sealed; a new one needs the key.
      const key = keyHolder.key();
      const renamed = Object.hasOwn(changes, 'displayName');
      if (key === undefined && renamed) {
        throw new LockError('locked');
      }
      const sealed = key === undefined ? raw[SEALED_FIELD] : await sealName(key, next.displayName);
      await set(KEY, { ...next, displayName: '', [SEALED_FIELD]: sealed }, storeOf());
      writeSettingsMirror({ ...next, displayName: '' });
    } else {
      await set(KEY, next, storeOf());
      writeSettingsMirror(next);
    }
    cached = next;
    for (const listener of listeners) listener(next);
    channelOf()?.postMessage('changed');
    return next;
  };
  const result = updates.then(run, run);
  updates = result.catch(() => undefined);
  return result;
}

/**
 * Seals (`on`) or opens the stored display name with `key`, for turning the lock on or off,
 * in turn with the updates; the copy in localStorage follows (empty while sealed). A name
 * already in the target shape is left as it is.
 */
export function turnSettingsName(key: CryptoKey, on: boolean): Promise<void> {
  const run = async () => {
    const raw = await get(KEY, storeOf());
    if (raw === undefined || isSealedSettings(raw) === on) return;
    const settings = parseSettings(raw);
    if (on) {
      const sealed = await sealName(key, settings.displayName);
      await set(KEY, { ...settings, displayName: '', [SEALED_FIELD]: sealed }, storeOf());
    } else {
      const { openValue } = await import('../lock/value-envelope');
      const name = await openValue(key, 'settings', NAME_ID, (raw as SealedSettings)[SEALED_FIELD]);
      await set(KEY, parseSettings({ ...settings, displayName: name }), storeOf());
    }
    cached = undefined;
    await loadSettings();
  };
  const result = updates.then(run, run);
  updates = result.catch(() => undefined);
  return result;
}

/** Calls `listener` on every change, here or in another tab; returns the unsubscribe. */
export function subscribeSettings(listener: Listener): () => void {
  channelOf();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the in-memory copy (tests start each case from storage). */
export function resetSettingsCache(): void {
  cached = undefined;
}
