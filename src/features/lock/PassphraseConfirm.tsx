// A small form in the lock's settings that asks for the current passphrase before a step
// that needs it (turning the lock off, adding a passkey): what it is for, the field with its
// error beside it, the step's button and Cancel. The caller checks the passphrase.
import type { Ref } from 'preact';
import { useMessages } from '../../i18n/context';
import { lockMessages } from './messages';
import { SecretField } from './secret-field';

/** The passphrase asked for again, with the step's own wording. */
export function PassphraseConfirm(props: {
  id: string;
  explain: string;
  submitLabel: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  busy: boolean;
  inputRef: Ref<HTMLInputElement>;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const t = useMessages(lockMessages);
  return (
    <form
      class="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <p>{props.explain}</p>
      <SecretField
        id={props.id}
        kind="passphrase"
        value={props.value}
        onInput={props.onInput}
        error={props.error}
        inputRef={props.inputRef}
      />
      <div class="inline-actions">
        <button type="submit" class="button" disabled={props.busy}>
          {props.submitLabel}
        </button>
        <button type="button" class="button quiet" onClick={props.onCancel}>
          {t('lock.cancel')}
        </button>
      </div>
    </form>
  );
}
