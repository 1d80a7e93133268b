// The form that chooses a new passphrase for the lock, with its rules (strong enough, typed
// twice alike) and their messages beside the fields. Turning the lock on uses it alone;
// changing the passphrase puts the current secret's field before it (`children`), so both
// ask the same of a new passphrase.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { estimateEntropyBits, strengthOf } from '../../domain/share/passphrase';
import { useMessages } from '../../i18n/context';
import { Field } from '../../ui/Field';
import { lockMessages } from './messages';

/** Chooses a new passphrase; `onChosen` hears it once it meets the rules. */
export function NewPassphraseForm(props: {
  busy: boolean;
  onChosen: (passphrase: string) => void;
  /** Prefix of the fields' ids (`lock` unless given), unique on the page. */
  idPrefix?: string;
  /** The submit button's label (Continue unless given). */
  submitLabel?: string;
  /** Fields before the new passphrase (the current secret when it changes). */
  children?: ComponentChildren;
  /** Checks the fields before; false when one shows its own error (and took the focus). */
  checkBefore?: () => boolean;
  /** Controls after the submit button (a cancel). */
  actions?: ComponentChildren;
}) {
  const t = useMessages(lockMessages);
  const prefix = props.idPrefix ?? 'lock';
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const tooWeak = strengthOf(estimateEntropyBits(passphrase)) === 'too-weak';
  const mismatch = repeat !== passphrase;
  const first = useRef<HTMLInputElement>(null);
  return (
    <form
      class="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (props.busy) return;
        setTried(true);
        // Every field's message shows at once; the focus goes to the first field in error.
        const beforeValid = props.checkBefore?.() ?? true;
        if (tooWeak || mismatch) {
          if (beforeValid) first.current?.focus();
          return;
        }
        if (beforeValid) props.onChosen(passphrase);
      }}
    >
      {props.children}
      <Field
        id={`${prefix}-new`}
        label={t('lock.new.passphrase')}
        hint={t('lock.new.hint')}
        error={tried && tooWeak ? t('lock.new.tooWeak') : undefined}
      >
        {(control) => (
          <input
            {...control}
            ref={first}
            type="password"
            autocomplete="new-password"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        id={`${prefix}-repeat`}
        label={t('lock.new.repeat')}
        error={(tried || repeat.length > 0) && mismatch ? t('lock.new.mismatch') : undefined}
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
      <div class="inline-actions">
        <button type="submit" class="button primary" disabled={props.busy}>
          {props.submitLabel ?? t('lock.continue')}
        </button>
        {props.actions}
      </div>
    </form>
  );
}
