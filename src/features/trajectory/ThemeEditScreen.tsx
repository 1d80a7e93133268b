// Editing a theme: the stored theme fills the form; unsaved edits are kept as a draft.
import { useRoute } from 'preact-iso';
import { dayKey, themeToForm } from '../../domain/trajectory';
import { useMessages } from '../../i18n/context';
import { Loaded, useProfileId } from './common';
import { useTheme } from './data';
import { trajectoryMessages } from './messages';
import { ThemeForm } from './ThemeForm';
import './trajectory.css';
import { isLive } from '../../domain/records/live';

/** The edit-theme screen. */
export default function ThemeEditScreen() {
  const t = useMessages(trajectoryMessages);
  const { params } = useRoute();
  const id = params.id ?? '';
  const ownerId = useProfileId();
  const theme = useTheme(id);
  return (
    <section aria-labelledby="theme-form-title">
      <h1 id="theme-form-title">{t('form.editTitle')}</h1>
      <Loaded result={theme}>
        {(found) =>
          !found || !isLive(found) || !ownerId ? (
            <>
              <p>{t('theme.notFound')}</p>
              <a href="/trajectory">{t('theme.back')}</a>
            </>
          ) : (
            <ThemeForm
              key={found.id}
              ownerId={ownerId}
              theme={found}
              draftKey={`trajectory.theme.${found.id}`}
              initial={() => themeToForm(found, dayKey(new Date()))}
            />
          )
        }
      </Loaded>
    </section>
  );
}
