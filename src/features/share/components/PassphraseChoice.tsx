// Choosing a passphrase: six generated words (shown once, with copy), or one's own with a
// strength meter and a repeat field. Reports the usable passphrase, or null while unusable.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  estimateEntropyBits,
  generatePassphrase,
  type Strength,
  strengthOf,
} from '../../../domain/share/passphrase';
import { useI18n, useMessages } from '../../../i18n/context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { Field } from '../../../ui/Field';
import { shareMessages } from '../messages';
import { wordsFor } from '../words/index';
import { CopyButton } from './CopyButton';

const strengthKey: Record<
  Strength,
  'share.strength.tooWeak' | 'share.strength.weak' | 'share.strength.fair' | 'share.strength.strong'
> = {
  'too-weak': 'share.strength.tooWeak',
  weak: 'share.strength.weak',
  fair: 'share.strength.fair',
  strong: 'share.strength.strong',
};

/** The passphrase part of a form; `id` keeps field ids unique on the page. */
export function PassphraseChoice(props: { id: string; onChange: (p: string | null) => void }) {
  const t = useMessages(shareMessages);
  const { language } = useI18n();
  const [mode, setMode] = useState<'generated' | 'own'>('generated');
  const [generated, setGenerated] = useState(() => generatePassphrase(wordsFor(language)));
  const [own, setOwn] = useState('');
  const [repeat, setRepeat] = useState('');
  const bits = useMemo(() => estimateEntropyBits(own), [own]);
  const strength = strengthOf(bits);
  const mismatch = repeat.length > 0 && repeat !== own;
  const usable =
    mode === 'generated' ? generated : strength !== 'too-weak' && repeat === own ? own : null;
  // Reported before the paint, so a click on Make right after typing uses what was typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reported when the passphrase changes, not whenever the parent passes a new `onChange` closure (which would report on every parent render).
  useLayoutEffect(() => props.onChange(usable), [usable]);
  return (
    <div class="stack">
      <ChoiceGroup
        legend={t('share.passphrase.legend')}
        name={`${props.id}-mode`}
        value={mode}
        options={[
          { value: 'generated', label: t('share.passphrase.generated') },
          { value: 'own', label: t('share.passphrase.own') },
        ]}
        onChange={setMode}
      />
      {mode === 'generated' ? (
        <div class="passphrase-box">
          <p class="hint">{t('share.passphrase.showOnce')}</p>
          <p class="passphrase" data-testid="generated-passphrase" lang={language}>
            {generated}
          </p>
          <div class="inline-actions">
            <CopyButton text={generated} label={t('share.passphrase.copy')} />
            <button
              type="button"
              class="button quiet"
              onClick={() => setGenerated(generatePassphrase(wordsFor(language)))}
            >
              {t('share.passphrase.newWords')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <Field
            id={`${props.id}-own`}
            label={t('share.passphrase.ownLabel')}
            hint={t('share.passphrase.ownHint')}
            error={
              own.length > 0 && strength === 'too-weak'
                ? t('share.strength.tooWeakError')
                : undefined
            }
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autocomplete="new-password"
                value={own}
                onInput={(e) => setOwn(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="strength">
            <meter
              id={`${props.id}-meter`}
              min={0}
              max={80}
              low={35}
              high={50}
              optimum={80}
              value={Math.min(bits, 80)}
              aria-label={t('share.strength.label')}
            />
            <p aria-live="polite">{t(strengthKey[strength])}</p>
          </div>
          <Field
            id={`${props.id}-repeat`}
            label={t('share.passphrase.repeat')}
            error={mismatch ? t('share.passphrase.mismatch') : undefined}
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autocomplete="new-password"
                value={repeat}
                onInput={(e) => setRepeat(e.currentTarget.value)}
              />
            )}
          </Field>
        </>
      )}
      <ul class="advice">
        <li>{t('share.passphrase.otherChannel')}</li>
        <li>{t('share.passphrase.noRecovery')}</li>
      </ul>
    </div>
  );
}
