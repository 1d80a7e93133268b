// The made file: share sheet or download, the armored text to copy, and the passphrase shown
// once more with the advice that goes with it.
import { useMemo, useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/context';
import { useFocusOnShow } from '../../ui/use-focus-after';
import { CopyButton } from './components/CopyButton';
import { shareMessages } from './messages';
import { canShareFile, downloadBytes, shareFile } from './save-file';

/** A finished bundle file. */
export interface MadeFile {
  bytes: Uint8Array;
  name: string;
  armored: boolean;
  /** The passphrase it is protected with, shown once; null for key files. */
  passphrase: string | null;
}

/** What to do with a made file. */
export function ExportResult(props: { file: MadeFile }) {
  const t = useMessages(shareMessages);
  const { bytes, name, armored, passphrase } = props.file;
  const file = useMemo(
    () => new File([bytes as BlobPart], name, { type: 'application/octet-stream' }),
    [bytes, name],
  );
  const text = useMemo(() => (armored ? new TextDecoder().decode(bytes) : ''), [bytes, armored]);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // A new file moves focus to its result, where the next step (share, download) is.
  useFocusOnShow(heading, file);
  return (
    <section aria-labelledby="result-title" class="result stack" data-testid="export-result">
      <h2 id="result-title" tabIndex={-1} ref={heading}>
        {t('share.result.title')}
      </h2>
      <p role="status">{t('share.result.ready', { name })}</p>
      <div class="inline-actions">
        {canShareFile(file) && (
          <button
            type="button"
            class="button primary"
            onClick={() =>
              void shareFile(file)
                .then((done) => setStatus(done ? t('share.result.shared') : ''))
                .catch(() => setStatus(t('share.result.shareFailed')))
            }
          >
            {t('share.result.share')}
          </button>
        )}
        <button type="button" class="button" onClick={() => downloadBytes(bytes, name)}>
          {t('share.result.download')}
        </button>
      </div>
      <p class="muted" aria-live="polite">
        {status}
      </p>
      {armored && (
        <div class="field">
          <label for="armored-text">{t('share.result.armored')}</label>
          <textarea id="armored-text" readOnly rows={6} value={text} class="mono" />
          <CopyButton text={text} label={t('share.result.copyText')} />
        </div>
      )}
      {passphrase && (
        <div class="passphrase-box">
          <p>{t('share.result.passphrase')}</p>
          <p class="passphrase">{passphrase}</p>
          <CopyButton text={passphrase} label={t('share.passphrase.copy')} />
          <p>{t('share.passphrase.otherChannel')}</p>
          <p>{t('share.passphrase.noRecovery')}</p>
        </div>
      )}
    </section>
  );
}
