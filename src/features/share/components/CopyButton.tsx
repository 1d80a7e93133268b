// Copies a text to the clipboard and says so in a live region.
import { useState } from 'preact/hooks';
import { useMessages } from '../../../i18n/context';
import { shareMessages } from '../messages';

/** A button that copies `text`; `label` names what is copied. */
export function CopyButton(props: { text: string; label: string }) {
  const t = useMessages(shareMessages);
  const [status, setStatus] = useState('');
  return (
    <span class="copy">
      <button
        type="button"
        class="button"
        onClick={() =>
          void navigator.clipboard
            .writeText(props.text)
            .then(() => setStatus(t('share.copied')))
            .catch(() => setStatus(t('share.copyFailed')))
        }
      >
        {props.label}
      </button>
      <span role="status" class="muted">
        {status}
      </span>
    </span>
  );
}
