// Import: take a file (picker without accept filter, drop, share target inbox, file handler,
// pasted armored text), sniff and decrypt it in the worker, show a preview, and commit only
// after confirmation, in one transaction. A failed or cancelled import changes nothing.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Progress } from '../../bundle/age-crypto';
import { BundleError } from '../../bundle/errors';
import { DEFAULT_LIMITS } from '../../bundle/limits';
import { summarizePlan } from '../../bundle/merge';
import type { OpenedBundle } from '../../bundle/signed-payload';
import {
  commitImport,
  type ImportPreview as Previewed,
  previewImport,
} from '../../db/bundle-import';
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { Field } from '../../ui/Field';
import { ErrorPanel } from './components/ErrorPanel';
import { ImportPreview } from './components/ImportPreview';
import { ProgressStatus } from './components/ProgressStatus';
import { cryptoClient } from './crypto';
import { ensureSigningKey } from './device-key';
import { consumeLaunchQueue, takeInboxFile } from './inbox';
import { shareMessages } from './messages';
import { deviceKeys, openWithKeys, openWithPassphrase } from './unlock';
import './share.css';

type Step =
  | { name: 'choose' }
  | { name: 'working' }
  | { name: 'passphrase'; bytes: Uint8Array; error?: unknown }
  | { name: 'preview'; opened: OpenedBundle; preview: Previewed }
  | {
      name: 'done';
      added: number;
      updated: number;
      unchanged: number;
      skipped: number;
      /** The client whose file a coach just imported, to go to their page. */
      client?: { id: string; name: string };
    }
  | { name: 'error'; error: unknown; tried: string[] };

/** The error for a file above the size limit, with the limit and the size found. */
function fileTooLarge(size: number): BundleError {
  return new BundleError('too-large', 'File too large.', {
    limit: 'maxFileBytes',
    max: DEFAULT_LIMITS.maxFileBytes,
    actual: size,
  });
}

/** The import screen. */
export default function ImportScreen() {
  const t = useMessages(shareMessages);
  const { query } = useLocation();
  const { settings } = useSettings();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [progress, setProgress] = useState<Progress | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState('');
  const [unsignedOk, setUnsignedOk] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Who sent it, whether that is proven, and what it may write are the importer's to judge;
  // the screen shows the verdict. This device's own key must exist to tell its files apart.
  const toPreview = async (opened: OpenedBundle) => {
    await ensureSigningKey();
    const preview = await previewImport(opened);
    setUnsignedOk(false);
    setStep({ name: 'preview', opened, preview });
  };

  const fail = async (error: unknown) => {
    const tried =
      error instanceof BundleError && error.kind === 'not-for-your-key'
        ? (await deviceKeys()).map((k) => k.fingerprint)
        : [];
    setStep({ name: 'error', error, tried });
  };

  const receive = async (bytes: Uint8Array) => {
    setNotice('');
    setStep({ name: 'working' });
    setProgress(undefined);
    try {
      if (bytes.length > DEFAULT_LIMITS.maxFileBytes) throw fileTooLarge(bytes.length);
      const info = await cryptoClient().call('inspect', { bytes: bytes.slice() });
      if (info.mode === 'passphrase') {
        setStep({ name: 'passphrase', bytes });
        return;
      }
      await toPreview(await openWithKeys(bytes, await deviceKeys(), setProgress));
    } catch (e) {
      await fail(e);
    }
  };

  const receiveFile = async (file: File) => {
    // Refused by its size alone, before a byte of it is read into memory.
    if (file.size > DEFAULT_LIMITS.maxFileBytes) {
      await fail(fileTooLarge(file.size));
      return;
    }
    await receive(new Uint8Array(await file.arrayBuffer()));
  };

  // Start the crypto worker now, so its code is loaded before a file arrives.
  useEffect(() => void cryptoClient(), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on arrival: a file handed over by the system (launch queue, share inbox) is taken once; re-running on the address or a new `receiveFile` would import it twice.
  useEffect(() => {
    consumeLaunchQueue((file) => void receiveFile(file));
    const inbox = query.inbox;
    if (inbox === 'empty' || inbox === 'failed') setNotice(t('share.import.inboxFailed'));
    else if (inbox)
      void takeInboxFile(inbox).then((file) =>
        file ? receiveFile(file) : setNotice(t('share.import.inboxGone')),
      );
  }, []);

  // Drag and drop is an extra for mouse users; the file picker inside serves the keyboard.
  // The whole screen takes the drop: a file that misses the zone would otherwise make the
  // browser leave the app to show it. Attached before the first paint, so there is no frame
  // in which a drop still goes to the browser.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the listeners live while the step is 'choose'; re-attaching them for each new `receiveFile` would run the clean-up, which ends a drag hover half-way.
  useLayoutEffect(() => {
    if (step.name !== 'choose') return;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    // Only leaving the window ends the hover, not moving between elements inside it.
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void receiveFile(file);
    };
    document.addEventListener('dragenter', over);
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      setDragging(false);
      document.removeEventListener('dragenter', over);
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [step.name]);

  // Each step starts at its heading; after a wrong passphrase, at the field that says so; back
  // at the start (Cancel, Try again), at the file picker. Not on arrival: the layout has
  // already put focus on the screen.
  const arrived = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `step.name` is the trigger: focus moves once per step change; `step.error` is only read at that moment to pick the passphrase field.
  useEffect(() => {
    if (step.name === 'working') return;
    let target: string | null = 'h2[tabindex]';
    if (step.name === 'choose') target = arrived.current ? '#import-file' : null;
    else if (step.name === 'passphrase' && step.error !== undefined) target = '#import-passphrase';
    arrived.current = true;
    if (target) heading.current?.parentElement?.querySelector<HTMLElement>(target)?.focus();
  }, [step.name]);

  const unlock = async (bytes: Uint8Array) => {
    setStep({ name: 'working' });
    try {
      await toPreview(await openWithPassphrase(bytes, passphrase, setProgress));
      setPassphrase('');
    } catch (e) {
      if (e instanceof BundleError && e.kind === 'wrong-passphrase')
        setStep({ name: 'passphrase', bytes, error: e });
      else await fail(e);
    }
  };

  const confirm = async (opened: OpenedBundle) => {
    setStep({ name: 'working' });
    try {
      // A backup adopted on an empty device becomes its own in the importer, profile and key.
      const result = summarizePlan(
        (await commitImport(opened, undefined, { acceptUnsigned: unsignedOk })).plan,
      );
      const { kind, sender } = opened.manifest;
      setStep({
        name: 'done',
        added: result.added,
        updated: result.updated + result.deleted,
        unchanged: result.unchanged,
        skipped: result.skipped,
        ...(settings.role === 'coach' && kind === 'client-export'
          ? { client: { id: sender.profileId, name: sender.displayName || sender.profileId } }
          : {}),
      });
    } catch (e) {
      await fail(e);
    }
  };

  const reset = () => {
    setStep({ name: 'choose' });
    setPassphrase('');
  };

  return (
    <section aria-labelledby="import-title" class="stack share">
      <h1 id="import-title" ref={heading}>
        {t('share.import.title')}
      </h1>
      {notice && <p role="status">{notice}</p>}
      {step.name === 'choose' && (
        <>
          <div class={dragging ? 'drop-zone dragging' : 'drop-zone'} data-testid="drop-zone">
            <label for="import-file">{t('share.import.pick')}</label>
            {/* No accept filter: iOS greys out files whose type it does not know. */}
            <input
              id="import-file"
              type="file"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void receiveFile(file);
                e.currentTarget.value = '';
              }}
            />
            <p class="hint">{t('share.import.drop')}</p>
          </div>
          <form
            class="stack"
            onSubmit={(e) => {
              e.preventDefault();
              if (pasted.trim()) void receive(new TextEncoder().encode(pasted.trim()));
            }}
          >
            <Field
              id="import-paste"
              label={t('share.import.paste')}
              hint={t('share.import.pasteHint')}
            >
              {(c) => (
                <textarea
                  {...c}
                  rows={4}
                  class="mono"
                  value={pasted}
                  onInput={(e) => setPasted(e.currentTarget.value)}
                />
              )}
            </Field>
            <button type="submit" class="button" disabled={!pasted.trim()}>
              {t('share.import.openText')}
            </button>
          </form>
        </>
      )}
      {step.name === 'working' && <ProgressStatus progress={progress} />}
      {step.name === 'passphrase' && (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (passphrase) void unlock(step.bytes);
          }}
        >
          <h2 tabIndex={-1}>{t('share.import.passphraseTitle')}</h2>
          <Field
            id="import-passphrase"
            label={t('share.import.passphrase')}
            error={step.error ? t('share.error.wrongPassphrase') : undefined}
          >
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
          <div class="inline-actions">
            <button type="submit" class="button primary" disabled={!passphrase}>
              {t('share.import.open')}
            </button>
            <button type="button" class="button quiet" onClick={reset}>
              {t('share.cancel')}
            </button>
          </div>
        </form>
      )}
      {step.name === 'preview' && (
        <>
          <ImportPreview manifest={step.opened.manifest} preview={step.preview} />
          {step.preview.trust.adopt && <p>{t('share.import.adopt')}</p>}
          {step.preview.trust.sender.state === 'unsigned' && (
            <label class="choice">
              <input
                type="checkbox"
                checked={unsignedOk}
                aria-describedby="preview-signature"
                onChange={(e) => setUnsignedOk(e.currentTarget.checked)}
              />
              <span>{t('share.import.unsignedConfirm')}</span>
            </label>
          )}
          <p>
            {step.preview.trust.sender.state === 'unsigned' && !unsignedOk
              ? t('share.import.unsignedNeeded')
              : t('share.import.confirmHint')}
          </p>
          <div class="inline-actions">
            <button
              type="button"
              class="button primary"
              disabled={step.preview.trust.sender.state === 'unsigned' && !unsignedOk}
              onClick={() => void confirm(step.opened)}
            >
              {t('share.import.confirm')}
            </button>
            <button type="button" class="button quiet" onClick={reset}>
              {t('share.cancel')}
            </button>
          </div>
        </>
      )}
      {step.name === 'done' && (
        <div class="stack">
          <h2 tabIndex={-1}>{t('share.import.doneTitle')}</h2>
          <p role="status" data-testid="import-done">
            {t('share.import.done', {
              added: step.added,
              updated: step.updated,
              unchanged: step.unchanged,
              skipped: step.skipped,
            })}
          </p>
          {step.client && (
            <a class="button primary" href={`/coach/clients/${step.client.id}`}>
              {t('share.import.toClient', { name: step.client.name })}
            </a>
          )}
          <button type="button" class="button" onClick={reset}>
            {t('share.import.another')}
          </button>
        </div>
      )}
      {step.name === 'error' && (
        <div class="stack">
          <h2 tabIndex={-1}>{t('share.import.failedTitle')}</h2>
          <ErrorPanel error={step.error} tried={step.tried} />
          <p>{t('share.import.nothingChanged')}</p>
          {settings.role === 'coach' &&
            step.error instanceof BundleError &&
            step.error.kind === 'not-for-your-key' &&
            step.error.details.needs !== 'passphrase' && (
              <p>
                <a href="/share/keys?restore=1">{t('share.import.restoreAnotherKey')}</a>
              </p>
            )}
          <button type="button" class="button" onClick={reset}>
            {t('share.import.tryAnother')}
          </button>
        </div>
      )}
    </section>
  );
}
