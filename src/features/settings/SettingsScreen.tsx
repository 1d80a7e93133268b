// Settings: language, role, appearance, display name, storage, example data, version.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../db/settings';
import { requestPersistence, type StorageStatus, storageStatus } from '../../db/storage';
import { useI18n, useMessages } from '../../i18n/context';
import { formatBytes } from '../../i18n/translate';
import { useSettings } from '../../services/settings-context';
import { ExampleDataButton } from '../../ui/ExampleDataButton';
import { useDraft } from '../../ui/use-draft';
import { loadLockSection } from '../lock/public';
import { BackupStatus } from '../share/public';
import { settingsMessages } from './messages';
import { RemindersSection } from './RemindersSection';

/** The settings screen. */
export default function SettingsScreen() {
  const t = useMessages(settingsMessages);
  const { t: tApp } = useI18n();
  const { settings, update } = useSettings();
  return (
    <section aria-labelledby="settings-title" class="stack">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <ChoiceGroup
        legend={t('settings.language')}
        name="language"
        value={settings.language ?? 'system'}
        options={[
          { value: 'system', label: t('settings.language.system') },
          { value: 'nl', label: 'Nederlands', lang: 'nl' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
        onChange={(value) =>
          void update({ language: value === 'system' ? null : (value as Settings['language']) })
        }
      />
      <ChoiceGroup
        legend={t('settings.role')}
        name="role"
        value={settings.role ?? 'client'}
        options={[
          { value: 'client', label: tApp('firstRun.role.client') },
          { value: 'coach', label: tApp('firstRun.role.coach') },
        ]}
        onChange={(value) => void update({ role: value as Settings['role'] })}
      />
      {settings.role === 'coach' && (
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.coachClientSections}
            onChange={(e) => void update({ coachClientSections: e.currentTarget.checked })}
          />
          <span>{t('settings.coachClientSections')}</span>
        </label>
      )}
      <ChoiceGroup
        legend={t('settings.theme')}
        name="theme"
        value={settings.theme}
        options={[
          { value: 'system', label: t('settings.theme.system') },
          { value: 'light', label: t('settings.theme.light') },
          { value: 'dark', label: t('settings.theme.dark') },
        ]}
        onChange={(value) => void update({ theme: value as Settings['theme'] })}
      />
      <NameField />
      {settings.role !== 'coach' && <RemindersSection />}
      <StorageInfo />
      <LazyLockSection coach={settings.role === 'coach'} />
      <BackupStatus />
      <section aria-labelledby="example-title">
        <h2 id="example-title">{tApp('example.title')}</h2>
        <p>{tApp('example.explain')}</p>
        <ExampleDataButton />
      </section>
      <section aria-labelledby="about-title">
        <h2 id="about-title">{t('settings.about')}</h2>
        <p>{t('settings.version', { version: __APP_VERSION__ })}</p>
        <p>
          <a class="button" href="/about">
            {t('settings.aboutData')}
          </a>
        </p>
      </section>
    </section>
  );
}

function ChoiceGroup(props: {
  legend: string;
  name: string;
  value: string;
  options: { value: string; label: string; lang?: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="choice-row">
        {props.options.map((option) => (
          <label class="choice" key={option.value}>
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function NameField() {
  const t = useMessages(settingsMessages);
  const { settings, update } = useSettings();
  // A draft, like every form: an unsaved name survives a reload or an update.
  const draft = useDraft('settings:display-name', () => settings.displayName);
  const name = draft.value;
  const [status, setStatus] = useState('');
  const tooLong = name.length > 100;
  return (
    <form
      class="field"
      onSubmit={(event) => {
        event.preventDefault();
        if (tooLong) return;
        void update({ displayName: name.trim() })
          .then(() => draft.clear())
          .then(() => setStatus(t('settings.saved')));
      }}
    >
      <label for="display-name">{t('settings.name')}</label>
      <div class="inline">
        <input
          id="display-name"
          type="text"
          value={name}
          aria-invalid={tooLong}
          aria-describedby={tooLong ? 'display-name-error' : undefined}
          onInput={(event) => {
            draft.set(event.currentTarget.value);
            setStatus('');
          }}
        />
        <button type="submit" class="button">
          {t('settings.name.save')}
        </button>
      </div>
      {tooLong && (
        <p id="display-name-error" class="field-error">
          {t('settings.name.tooLong')}
        </p>
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </form>
  );
}

function StorageInfo() {
  const t = useMessages(settingsMessages);
  const { language } = useI18n();
  const [status, setStatus] = useState<StorageStatus | undefined>();
  const refresh = () => void storageStatus().then(setStatus);
  useEffect(refresh, []);
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      {status && status.usage !== null && status.quota !== null ? (
        <p data-testid="storage-usage">
          {t('settings.storage.used', {
            used: formatBytes(language, status.usage),
            quota: formatBytes(language, status.quota),
          })}
        </p>
      ) : (
        <p>{t('settings.storage.unknown')}</p>
      )}
      {status?.persisted ? (
        <p data-testid="storage-persisted">{t('settings.storage.persisted')}</p>
      ) : (
        <>
          <p data-testid="storage-persisted">{t('settings.storage.notPersisted')}</p>
          <button
            type="button"
            class="button"
            onClick={() => void requestPersistence().then(refresh)}
          >
            {t('settings.storage.request')}
          </button>
        </>
      )}
    </section>
  );
}

/**
 * The app lock's section, loaded with its own code. Reached as /settings#lock (home's
 * invitation): once loaded, it scrolls into view and takes the focus, so a screen reader
 * starts there too.
 */
function LazyLockSection(props: { coach: boolean }) {
  const [Section, setSection] = useState<Awaited<ReturnType<typeof loadLockSection>>>();
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void loadLockSection().then((loaded) => setSection(() => loaded));
  }, []);
  useEffect(() => {
    if (!Section || location.hash !== '#lock') return;
    place.current?.scrollIntoView({ block: 'start' });
    place.current?.focus({ preventScroll: true });
  }, [Section]);
  return (
    <div id="lock" ref={place} tabIndex={-1}>
      {Section ? <Section coach={props.coach} /> : null}
    </div>
  );
}
