// The field for the secret that opens the lock, a passphrase or the recovery key, and the
// words for each way opening can fail: shared by the lock screen and by changing the
// passphrase in the settings, so both tell a wrong passphrase from a damaged stored key alike.
// In the shell with the lock screen (LockScreen.tsx): keep it and its imports small.
import type { Ref } from 'preact';
import { useMessages } from '../../i18n/context';
import type { MessageParams } from '../../i18n/translate';
import { isLockError, type LockErrorKind } from '../../lock/errors';
import { Field } from '../../ui/Field';
import { lockScreenMessages } from './screen-messages';

/** Which secret the user gives: the passphrase, or the recovery key when it is forgotten. */
export type SecretKind = 'passphrase' | 'recovery';

/** A key of the lock screen's messages. */
type ScreenKey = keyof (typeof lockScreenMessages)['en'];

/** The message of each error the user can act on; the others are reported with their detail. */
const errorKeys: Partial<Record<LockErrorKind, ScreenKey>> = {
  'wrong-passphrase': 'lock.error.wrong-passphrase',
  'wrong-recovery-key': 'lock.error.wrong-recovery-key',
  'recovery-key-typo': 'lock.error.recovery-key-typo',
  'damaged-wrapper': 'lock.error.damaged-wrapper',
  unsupported: 'lock.error.unsupported',
};

/**
 * Says what went wrong opening the lock, in the words `t` gives: an error the user can act on
 * by its own message, any other by `failed` (the lock screen's unless given) with `explain`'s
 * words for it (the app's message of its kind, never an error's own English text).
 */
export function lockErrorText<K extends string>(
  caught: unknown,
  t: (key: ScreenKey | K, params?: MessageParams) => string,
  explain: (caught: unknown) => string,
  failed: ScreenKey | K = 'lock.error.failed',
): string {
  const key =
    isLockError(caught) && Object.hasOwn(errorKeys, caught.kind)
      ? errorKeys[caught.kind]
      : undefined;
  if (key) return t(key);
  return t(failed, { detail: explain(caught) });
}

/** The message asking for the empty secret of `kind`. */
export function emptySecretKey(kind: SecretKind) {
  return kind === 'passphrase' ? 'lock.error.empty' : 'lock.error.emptyRecovery';
}

/** The labelled input for a passphrase or a recovery key, with its error beside it. */
export function SecretField(props: {
  id: string;
  kind: SecretKind;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  /** The passphrase's label when not just "Passphrase" (the current one, when it changes). */
  passphraseLabel?: string;
  inputRef: Ref<HTMLInputElement>;
}) {
  const t = useMessages(lockScreenMessages);
  const passphrase = props.kind === 'passphrase';
  return (
    <Field
      id={props.id}
      label={passphrase ? (props.passphraseLabel ?? t('lock.passphrase')) : t('lock.recoveryKey')}
      hint={passphrase ? undefined : t('lock.recoveryKey.hint')}
      error={props.error}
    >
      {(control) => (
        <input
          {...control}
          ref={props.inputRef}
          type={passphrase ? 'password' : 'text'}
          autocomplete={passphrase ? 'current-password' : 'off'}
          spellcheck={false}
          autocapitalize="off"
          value={props.value}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
