// Said on every page of the example client: it is fictional, and it goes in one action.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useMessages } from '../../../i18n/context';
import { showToast } from '../../../ui/toasts';
import { ErrorPanel } from '../components/ErrorPanel';
import { exampleClientMessages } from './messages';

/** The example notice with the button that removes the example client and the demo key. */
export function ExampleClientBanner(props: { clientId: string }) {
  const t = useMessages(exampleClientMessages);
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const remove = async () => {
    setBusy(true);
    try {
      const { removeExample } = await import('./try-example');
      await removeExample(props.clientId);
      showToast({ id: 'example-removed', text: t('share.example.removed') });
      route('/coach');
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <div class="example-banner" role="note">
      <p>{t('share.example.banner')}</p>
      <button type="button" class="button" disabled={busy} onClick={() => void remove()}>
        {t('share.example.remove')}
      </button>
      {error !== undefined && <ErrorPanel error={error} />}
    </div>
  );
}
