// A failure, explained: the message for its kind and the specifics that help.
import { useI18n, useMessages } from '../../../i18n/context';
import { formatBytes } from '../../../i18n/translate';
import { errorMessageKey } from '../../../ui/error-message';
import { explainError } from '../error-text';
import { shareMessages } from '../messages';

/** An alert with the explanation of `error`. */
export function ErrorPanel(props: { error: unknown; tried?: readonly string[]; id?: string }) {
  const t = useMessages(shareMessages);
  const { t: tApp, language } = useI18n();
  const text = explainError(
    props.error,
    {
      t,
      tApp,
      appErrorKey: (e) => errorMessageKey[e.kind],
      formatSize: (bytes) => formatBytes(language, bytes),
    },
    props.tried,
  );
  return (
    <div class="share-error" role="alert" id={props.id} data-testid="share-error">
      <p>{text.message}</p>
      {text.detail && <p class="muted">{text.detail}</p>}
    </div>
  );
}
