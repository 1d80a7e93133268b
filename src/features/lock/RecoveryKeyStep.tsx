// A new recovery key, shown once: to print or save as a file, with a required confirmation
// that it is saved. Turning the lock on uses it, and so does making a new recovery key.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/context';
import { downloadBytes } from '../share/public';
import { lockMessages } from './messages';

/**
 * Shows a new recovery key once, with "save as file", and asks to confirm it is saved before
 * `onConfirmed` (turning the lock on, or putting a new key in use).
 */
export function RecoveryKeyStep(props: {
  recoveryKey: string;
  confirmLabel: string;
  onConfirmed: () => void;
  /** Disables the confirmation while what it started runs. */
  busy?: boolean;
  /** Controls after the confirmation (a cancel). */
  actions?: ComponentChildren;
}) {
  const t = useMessages(lockMessages);
  const [saved, setSaved] = useState(false);
  const [tried, setTried] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="stack">
      <h3 ref={heading} tabIndex={-1}>
        {t('lock.recovery.title')}
      </h3>
      <p>{t('lock.recovery.explain')}</p>
      <p class="lock-recovery-key" data-testid="recovery-key" translate={false}>
        {props.recoveryKey}
      </p>
      <div>
        <button
          type="button"
          class="button"
          onClick={() =>
            downloadBytes(
              new TextEncoder().encode(t('lock.recovery.fileText', { key: props.recoveryKey })),
              'koers-recovery-key.txt',
              'text/plain',
            )
          }
        >
          {t('lock.recovery.save')}
        </button>
      </div>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            checked={saved}
            aria-describedby={tried && !saved ? 'lock-saved-error' : undefined}
            aria-invalid={tried && !saved ? true : undefined}
            onChange={(e) => setSaved(e.currentTarget.checked)}
          />
          <span>{t('lock.recovery.saved')}</span>
        </label>
        {tried && !saved && (
          <p id="lock-saved-error" class="field-error">
            {t('lock.recovery.savedRequired')}
          </p>
        )}
      </div>
      <div class="inline-actions">
        <button
          type="button"
          class="button primary"
          disabled={props.busy}
          onClick={() => {
            setTried(true);
            if (saved) props.onConfirmed();
          }}
        >
          {props.confirmLabel}
        </button>
        {props.actions}
      </div>
    </div>
  );
}
