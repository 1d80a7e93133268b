// "Old traces" in the lock's settings: rebuilds the store (db/store-rebuild.ts) so that plain
// text from before the lock, which the browser may keep in its files until it compacts them,
// is gone. Shown while the lock is on; each step is announced, and a tab that holds the
// database open elsewhere is named as the reason for a wait.
import { useState } from 'preact/hooks';
import { type RebuildStep, rebuildAppStore } from '../../db/store-rebuild';
import { useMessages } from '../../i18n/context';
import { useErrorText } from '../../ui/error-message';
import { tracesMessages } from './traces-messages';

/** What each step says while it runs. */
const stepText = {
  copying: 'traces.copying',
  deleting: 'traces.deleting',
  blocked: 'traces.blocked',
  restoring: 'traces.restoring',
  keyval: 'traces.keyval',
  done: 'traces.done',
} as const;

type State = { step: RebuildStep | 'idle' } | { step: 'failed'; detail: string };

/** The "old traces" part of the lock's settings. */
export function ClearTraces() {
  const t = useMessages(tracesMessages);
  const explain = useErrorText();
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = state.step !== 'idle' && state.step !== 'done' && state.step !== 'failed';

  const clear = async () => {
    try {
      await rebuildAppStore((step) => setState({ step }));
    } catch (e) {
      setState({ step: 'failed', detail: explain(e) });
    }
  };

  return (
    <section aria-labelledby="traces-title" class="stack">
      <h3 id="traces-title">{t('traces.title')}</h3>
      <p>{t('traces.explain')}</p>
      <div>
        <button type="button" class="button" disabled={busy} onClick={() => void clear()}>
          {t('traces.start')}
        </button>
      </div>
      <p role="status" class="hint">
        {state.step === 'idle' || state.step === 'failed' ? '' : t(stepText[state.step])}
      </p>
      {state.step === 'failed' && (
        <p role="alert" class="field-error">
          {t('traces.failed', { detail: state.detail })}
        </p>
      )}
    </section>
  );
}
