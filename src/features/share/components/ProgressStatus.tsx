// Shows what a long crypto step is doing, with a bar where the fraction is known.
import type { Progress } from '../../../bundle/age-crypto';
import { useMessages } from '../../../i18n/context';
import { shareMessages } from '../messages';

const stageKey = {
  'deriving-key': 'share.progress.derivingKey',
  encrypting: 'share.progress.encrypting',
  decrypting: 'share.progress.decrypting',
  compressing: 'share.progress.compressing',
  decompressing: 'share.progress.decompressing',
  validating: 'share.progress.validating',
} as const;

/** A live progress line; `progress` undefined means "working" without a known stage. */
export function ProgressStatus(props: { progress: Progress | undefined }) {
  const t = useMessages(shareMessages);
  const p = props.progress;
  const label = p ? t(stageKey[p.stage]) : t('share.progress.working');
  return (
    <div class="progress" role="status" aria-live="polite">
      <p>{label}</p>
      {p?.fraction === undefined ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} max={1} value={p.fraction} />
      )}
    </div>
  );
}
