// Any unknown address: a message and the way back.
import { useI18n } from '../../i18n/context';

/** The screen for an address the app does not know. */
export default function NotFound() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="notfound-title">
      <h1 id="notfound-title">{t('notFound.title')}</h1>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </section>
  );
}
