// Catches a screen's crash and shows a clear message instead of a blank page. Drafts are
// autosaved while typing, so "Try again" re-renders without losing input.
import { Component, type ComponentChildren } from 'preact';
import { flushAllDrafts } from '../db/drafts';
import { toAppError } from '../domain/errors';
import { useI18n } from '../i18n/context';
import { errorMessageKey } from '../ui/error-message';

interface State {
  error: unknown;
}

/** Shows a recoverable error screen when anything below it throws. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = { error: undefined };

  override componentDidCatch(error: unknown) {
    // Save whatever drafts are pending before anything else can go wrong.
    void flushAllDrafts().catch(() => undefined);
    this.setState({ error });
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <ErrorScreen error={this.state.error} onRetry={() => this.setState({ error: undefined })} />
    );
  }
}

function ErrorScreen(props: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const appError = toAppError(props.error);
  return (
    <section class="error-screen" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('error.title')}</h1>
      <p>{appError.kind === 'unknown' ? t('error.body') : t(errorMessageKey[appError.kind])}</p>
      <div class="actions">
        <button type="button" class="button primary" onClick={props.onRetry}>
          {t('error.retry')}
        </button>
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('error.reload')}
        </button>
      </div>
      <details>
        <summary>{t('error.details')}</summary>
        <pre>{appError.message}</pre>
      </details>
    </section>
  );
}
