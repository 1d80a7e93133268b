// The coach code as text (with copy) and as a QR code, with its fingerprint. The code carries
// the coach's signing key after the age recipient (src/bundle/coach-code.ts).
import { useMessages } from '../../../i18n/context';
import { shareMessages } from '../messages';
import { CopyButton } from './CopyButton';
import { QrCode } from './QrCode';

/** Shows a coach code to hand to clients. */
export function CoachCodeCard(props: {
  code: string;
  fingerprint: string;
  /** The fingerprint of the signing key the code carries. */
  signingFingerprint: string;
}) {
  const t = useMessages(shareMessages);
  return (
    <div class="stack coach-code">
      <p>{t('share.keys.codeExplain')}</p>
      <p class="mono code" data-testid="coach-code">
        {props.code}
      </p>
      <CopyButton text={props.code} label={t('share.keys.copyCode')} />
      <QrCode text={props.code} label={t('share.keys.qrLabel')} />
      <p>
        {t('share.keys.fingerprint')}{' '}
        <strong data-testid="coach-fingerprint">{props.fingerprint}</strong>
      </p>
      <p>
        {t('share.keys.signingFingerprint')}{' '}
        <strong data-testid="coach-code-signing">{props.signingFingerprint}</strong>
      </p>
    </div>
  );
}
