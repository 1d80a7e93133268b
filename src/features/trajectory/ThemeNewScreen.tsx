// A new theme: the form with an empty draft that survives a reload.
import { dayKey, emptyThemeForm } from '../../domain/trajectory';
import { useMessages } from '../../i18n/context';
import { useProfileId } from './common';
import { trajectoryMessages } from './messages';
import { ThemeForm } from './ThemeForm';
import './trajectory.css';

/** The draft key of the new-theme form. */
export const NEW_THEME_DRAFT = 'trajectory.theme.new';

/** The new-theme screen. */
export default function ThemeNewScreen() {
  const t = useMessages(trajectoryMessages);
  const ownerId = useProfileId();
  return (
    <section aria-labelledby="theme-form-title">
      <h1 id="theme-form-title">{t('form.newTitle')}</h1>
      {ownerId ? (
        <ThemeForm
          ownerId={ownerId}
          theme={undefined}
          draftKey={NEW_THEME_DRAFT}
          initial={() => emptyThemeForm(dayKey(new Date()))}
        />
      ) : (
        <p>{t('trajectory.noProfile')}</p>
      )}
    </section>
  );
}
