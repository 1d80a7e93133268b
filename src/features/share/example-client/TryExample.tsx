// The way in for a new coach: the example client opened in one step, then their page.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useMessages } from '../../../i18n/context';
import { ErrorPanel } from '../components/ErrorPanel';
import { exampleClientMessages } from './messages';

/** A button that opens the example client and goes to their page. */
export function TryExample() {
  const t = useMessages(exampleClientMessages);
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const open = async () => {
    setBusy(true);
    setError(undefined);
    try {
      // Loaded on demand: the import code is not part of the screen that offers it.
      const { openExampleClient } = await import('./try-example');
      route(`/coach/clients/${await openExampleClient()}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <div class="stack try-example">
      <p>{t('share.example.explain')}</p>
      <button type="button" class="button" disabled={busy} onClick={() => void open()}>
        {t('share.example.try')}
      </button>
      {busy && (
        <p role="status" class="muted">
          {t('share.example.opening')}
        </p>
      )}
      {error !== undefined && <ErrorPanel error={error} />}
    </div>
  );
}
