// First run: choose the language and the role (both can be changed later in settings).
import { useState } from 'preact/hooks';
import { newId } from '../../domain/ids';
import type { Language } from '../../i18n/catalog';
import { useI18n } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';

/** The welcome screen shown until a role is chosen. */
export function FirstRun() {
  const { t, language } = useI18n();
  const { settings, update } = useSettings();
  // The language picked here, sent with Start as chosen: the render's language follows the
  // stored settings, a moment after the pick.
  const [chosen, setChosen] = useState<Language>(language);
  const [role, setRole] = useState<'client' | 'coach' | null>(null);
  const [name, setName] = useState(settings.displayName);
  const [showError, setShowError] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!role) {
      setShowError(true);
      document.getElementById('role-client')?.focus();
      return;
    }
    void update({
      role,
      language: chosen,
      displayName: name.trim().slice(0, 100),
      profileId: settings.profileId ?? newId(),
    });
  };

  return (
    <main id="main" class="first-run">
      <h1>{t('firstRun.title')}</h1>
      <p class="muted">{t('app.tagline')}</p>
      <p>{t('firstRun.intro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('firstRun.language')}</legend>
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
          <legend>{t('firstRun.role')}</legend>
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
              <small>{t('firstRun.role.client.hint')}</small>
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
              <small>{t('firstRun.role.coach.hint')}</small>
            </span>
          </label>
          {showError && (
            <p id="role-error" class="field-error">
              {t('firstRun.roleRequired')}
            </p>
          )}
        </fieldset>
        <label class="field">
          <span>{t('firstRun.name')}</span>
          <input
            type="text"
            maxLength={100}
            autoComplete="name"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button primary large">
          {t('firstRun.start')}
        </button>
      </form>
      <p class="hint">{t('firstRun.restoreHint')}</p>
    </main>
  );
}
