// Restoring or adding a coach key from a key file, at any time: a passphrase-protected Koers key
// file (which `age -d` also opens), or a plain age identity file, which is accepted and then
// must be saved protected before it is used.
import { useState } from 'preact/hooks';
import type { KeyPair } from '../../../bundle/keys';
import type { RestoredKeyFile } from '../../../bundle/worker-protocol';
import { parseIdentityFile } from '../../../domain/share/identity-file';
import { useMessages } from '../../../i18n/context';
import { Field } from '../../../ui/Field';
import { ErrorPanel } from '../components/ErrorPanel';
import { cryptoClient } from '../crypto';
import { coachKeysMessages } from './messages';

/** A key read from a key file: the pair, the signing key it carried, and whether it was protected. */
export interface KeyFromFile {
  pair: KeyPair;
  signing?: RestoredKeyFile['signing'];
  /** False for a plain identity file: the key still needs a protected copy. */
  protectedFile: boolean;
}

type Picked =
  | { kind: 'none' }
  | { kind: 'protected'; bytes: Uint8Array }
  | { kind: 'plain'; identity: string }
  | { kind: 'unknown' };

// An age file in binary or armored form: a Koers key file, protected by a passphrase.
const AGE_HEADER = 'age-encryption.org/v1';
const AGE_ARMOR = '-----BEGIN AGE ENCRYPTED FILE-----';

/** Tells a protected key file from a plain one by its first bytes (no key material is kept). */
async function pick(file: File): Promise<Picked> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (head.startsWith(AGE_HEADER) || head.startsWith(AGE_ARMOR)) {
    return { kind: 'protected', bytes };
  }
  // A plain identity file is short text; anything long is not one.
  const identity = bytes.length < 4096 ? parseIdentityFile(new TextDecoder().decode(bytes)) : null;
  return identity ? { kind: 'plain', identity } : { kind: 'unknown' };
}

/** The restore-or-add form; `onKey` gets the key, `open` shows it unfolded. */
export function RestoreKeyForm(props: {
  onKey: (key: KeyFromFile) => Promise<void>;
  open?: boolean;
}) {
  const t = useMessages(coachKeysMessages);
  const [picked, setPicked] = useState<Picked>({ kind: 'none' });
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState('');
  const [passError, setPassError] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<KeyFromFile>) => {
    setBusy(true);
    setError(undefined);
    try {
      await props.onKey(await work());
      setPicked({ kind: 'none' });
      setPassphrase('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const submit = () => {
    setFieldError('');
    setPassError('');
    if (picked.kind === 'none') return setFieldError(t('share.keys.fileNeeded'));
    if (picked.kind === 'unknown') return setFieldError(t('share.keys.notAKeyFile'));
    if (picked.kind === 'plain') {
      const { identity } = picked;
      return void run(async () => ({
        pair: await cryptoClient().call('describeIdentity', { identity }),
        protectedFile: false,
      }));
    }
    if (!passphrase) return setPassError(t('share.keys.passphraseNeeded'));
    const { bytes } = picked;
    void run(async () => {
      const client = cryptoClient();
      const contents = await client.call('decryptKeyFile', { bytes: bytes.slice(), passphrase });
      const pair = await client.call('describeIdentity', { identity: contents.identity });
      return contents.signing
        ? { pair, signing: contents.signing, protectedFile: true }
        : { pair, protectedFile: true };
    });
  };

  return (
    <details open={props.open} id="restore-key">
      <summary>{t('share.keys.restoreOrAdd')}</summary>
      <form
        class="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p class="muted">{t('share.keys.restoreExplain')}</p>
        <Field id="restore-key-file" label={t('share.keys.keyFile')} error={fieldError}>
          {(c) => (
            <input
              {...c}
              type="file"
              class="file-input"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                setFieldError('');
                setError(undefined);
                if (file) void pick(file).then(setPicked);
                else setPicked({ kind: 'none' });
              }}
            />
          )}
        </Field>
        {picked.kind === 'plain' && <p role="status">{t('share.keys.plainFound')}</p>}
        {picked.kind !== 'plain' && (
          <Field id="restore-key-pass" label={t('share.import.passphrase')} error={passError}>
            {(c) => (
              <input
                {...c}
                type="password"
                autocomplete="off"
                value={passphrase}
                onInput={(e) => setPassphrase(e.currentTarget.value)}
              />
            )}
          </Field>
        )}
        <button type="submit" class="button primary" disabled={busy}>
          {picked.kind === 'plain' ? t('share.keys.usePlain') : t('share.keys.restoreButton')}
        </button>
        {error !== undefined && <ErrorPanel error={error} />}
      </form>
    </details>
  );
}
