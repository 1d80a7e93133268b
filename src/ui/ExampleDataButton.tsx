// Load or remove the fictional example client, with the result announced.
import { useState } from 'preact/hooks';
import { hasExampleData } from '../db/example-presence';
import { useLiveQuery } from '../db/live';
import { useI18n } from '../i18n/context';
import { useSettings } from '../services/settings-context';
import { useErrorText } from './error-message';

/** A button that loads the example data, or removes it when it is there. */
export function ExampleDataButton() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const present = useLiveQuery(hasExampleData, []);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const loaded = present.status === 'ready' && present.value;
  return (
    <div class="example-data">
      {loaded ? (
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() =>
            run(async () =>
              t('example.removed', {
                count: await (await import('../db/example-data')).removeExampleData(),
              }),
            )
          }
        >
          {t('example.remove')}
        </button>
      ) : (
        <button
          type="button"
          class="button"
          disabled={busy || present.status !== 'ready' || !settings.profileId}
          onClick={() =>
            run(async () =>
              t('example.loaded', {
                count: await (await import('../db/example-data')).loadExampleData(
                  settings.profileId ?? '',
                ),
              }),
            )
          }
        >
          {t('example.load')}
        </button>
      )}
      <p role="status" class="muted">
        {message}
      </p>
    </div>
  );
}
