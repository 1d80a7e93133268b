// A bundle back to the client (kind coach-return): the notes marked for the client, the
// assignments, the coach's contact for the client's help page (written here too), and
// optionally an affect list and a question set for the next investigation (the sets are made
// here too). Encrypted to the client's own key when the coach has it,
// otherwise with a passphrase; saved as a .koers file.
import { useEffect, useState } from 'preact/hooks';
import { clientName, setClientRecipient } from '../../../db/clients';
import type { ClientRow } from '../../../db/database';
import { useLiveQuery } from '../../../db/live';
import { allRecords, recordsWhere } from '../../../db/read';
import { currentSchemaVersion } from '../../../db/schema';
import { returnCounts, returnRecords, returnSections } from '../../../domain/coach/return-bundle';
import type { AssignmentRecord, CoachNoteRecord } from '../../../domain/records';
import { newestLiveContact } from '../../../domain/records';
import { isLive } from '../../../domain/records/live';
import { bundleFileName } from '../../../domain/share/file-name';
import { acceptablePassphrase } from '../../../domain/share/passphrase';
import { useI18n, useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { Field } from '../../../ui/Field';
import { FormOutcome } from '../../../ui/FormOutcome';
import {
  cryptoClient,
  deviceWorkFactor,
  downloadBytes,
  ensureSigningKey,
  suggestPassphrase,
  useBundleErrorText,
} from '../../share/public';
import { QuestionSetEditor } from '../question-sets/QuestionSetEditor';
import { HelpContactForm } from './HelpContactForm';
import { helpContactsFor } from './help-contacts';
import { returnBundleMessages } from './messages';
import { defaultReturnMode, type ReturnMode, returnTarget } from './return-target';

const RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/** The return-bundle section of the client page. */
export function ReturnBundleSection(props: {
  client: ClientRow;
  notes: CoachNoteRecord[];
  assignments: AssignmentRecord[];
  clientOwnerId: string;
}) {
  const t = useMessages(returnBundleMessages);
  const { language } = useI18n();
  const bundleErrorText = useBundleErrorText();
  const { settings } = useSettings();
  const lists = useLiveQuery(() => allRecords('affectLists'), []);
  const clientId = props.client.id;
  // The coach's own sets for this client, tombstones included: a deletion travels too.
  const sets = useLiveQuery(() => recordsWhere('questionSets', 'clientId', clientId), [clientId]);
  // The coach's help-page contacts for this client, tombstones included: a removal travels.
  const ownerId = settings.profileId ?? '';
  const contacts = useLiveQuery(() => helpContactsFor(ownerId, clientId), [ownerId, clientId]);
  const helpContacts = contacts.status === 'ready' ? contacts.value : [];
  const [mode, setMode] = useState<ReturnMode>(defaultReturnMode(props.client.recipient));
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [listId, setListId] = useState('');
  const [setId, setSetId] = useState('');
  const [keyInput, setKeyInput] = useState(props.client.recipient ?? '');
  const [keyError, setKeyError] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // A bundle imported while this page is open can bring the client's key: offer it then.
  const recipient = props.client.recipient;
  useEffect(() => {
    if (recipient) setMode('key');
    setKeyInput(recipient ?? '');
  }, [recipient]);

  const affectLists =
    lists.status === 'ready'
      ? lists.value.filter(
          (l) =>
            isLive(l) && (l.ownerId === settings.profileId || l.ownerId === props.clientOwnerId),
        )
      : [];
  const ownSets =
    sets.status === 'ready' ? sets.value.filter((s) => s.ownerId === settings.profileId) : [];
  const liveSets = ownSets.filter(isLive).sort((a, b) => a.name.localeCompare(b.name));
  const chosenSet = liveSets.find((s) => s.id === setId);
  const records = returnRecords({
    clientId: props.client.id,
    notes: props.notes,
    assignments: props.assignments,
    affectList: affectLists.find((l) => l.id === listId),
    questionSets: ownSets,
    questionSetId: chosenSet?.id,
    helpContacts,
  });
  const counts = returnCounts(records);
  const passphraseError =
    mode === 'passphrase' && submitted
      ? !acceptablePassphrase(passphrase)
        ? t('coach.return.passphraseWeak')
        : ''
      : '';
  const confirmError =
    mode === 'passphrase' && submitted && !passphraseError && confirm !== passphrase
      ? t('coach.return.passphraseMismatch')
      : '';

  const saveKey = async () => {
    const key = keyInput.trim();
    if (key && !RECIPIENT.test(key)) {
      setKeyError(t('coach.return.keyInvalid'));
      return;
    }
    setKeyError('');
    await setClientRecipient(props.client.id, key);
    setMode(key ? 'key' : 'passphrase');
    setStatus(key ? t('coach.return.keySaved') : t('coach.return.keyForgotten'));
  };

  const make = async () => {
    setSubmitted(true);
    setStatus('');
    setError('');
    if (mode === 'passphrase' && (!acceptablePassphrase(passphrase) || confirm !== passphrase))
      return;
    if (!settings.profileId) return;
    setBusy(true);
    setStatus(t('coach.return.working'));
    try {
      const workFactor = mode === 'passphrase' ? await deviceWorkFactor() : undefined;
      const target = returnTarget(mode, props.client.recipient, passphrase, workFactor);
      // Signed with this device's key: the client's device checks it is the coach's.
      const signing = await ensureSigningKey();
      const bytes = await cryptoClient().call('export', {
        signer: { secretKey: signing.secretKey, publicKey: signing.publicKey },
        input: {
          appVersion: __APP_VERSION__,
          schemaVersion: currentSchemaVersion,
          kind: 'coach-return',
          sender: { profileId: settings.profileId, displayName: settings.displayName },
          scope: { sections: returnSections },
          records,
        },
        target,
      });
      const name = bundleFileName(clientName(props.client), 'coach-return', new Date());
      downloadBytes(bytes, name);
      setStatus(t('coach.return.done', { file: name }));
    } catch (caught) {
      setStatus('');
      setError(bundleErrorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="return-title" class="coach-section">
      <h2 id="return-title">{t('coach.return.title')}</h2>
      <p>{t('coach.return.explain')}</p>
      <p>
        {t('coach.return.contents', { notes: counts.notes, assignments: counts.assignments })}{' '}
        {chosenSet && counts.questionSets > 0
          ? t('coach.return.contentsSet', { name: chosenSet.name })
          : t('coach.return.contentsNoSet')}{' '}
        {counts.helpContact
          ? t('coach.return.contentsContact')
          : t('coach.return.contentsNoContact')}
      </p>
      <Field
        id="return-list"
        label={t('coach.return.affectList')}
        hint={t('coach.return.affectListHint')}
      >
        {(control) => (
          <select {...control} value={listId} onChange={(e) => setListId(e.currentTarget.value)}>
            <option value="">{t('coach.return.noList')}</option>
            {affectLists.map((list) => (
              <option key={list.id} value={list.id}>
                {list.name} ({list.terms.length})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="return-question-set"
        label={t('coach.return.questionSet')}
        hint={t('coach.return.questionSetHint')}
      >
        {(control) => (
          <select
            {...control}
            value={chosenSet?.id ?? ''}
            onChange={(e) => setSetId(e.currentTarget.value)}
          >
            <option value="">{t('coach.return.noQuestionSet')}</option>
            {liveSets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.name} ({set.questions.length})
              </option>
            ))}
          </select>
        )}
      </Field>
      <QuestionSetEditor clientId={clientId} sets={liveSets} onSaved={setSetId} />
      {settings.profileId && (
        <HelpContactForm
          ownerId={settings.profileId}
          clientId={clientId}
          current={newestLiveContact(helpContacts)}
        />
      )}
      <ChoiceGroup
        legend={t('coach.return.mode')}
        name="return-mode"
        value={mode}
        options={[
          { value: 'key' as const, label: t('coach.return.modeKey') },
          { value: 'passphrase' as const, label: t('coach.return.modePassphrase') },
        ]}
        onChange={(next) => {
          if (next === 'key' && !props.client.recipient) {
            setKeyError(t('coach.return.keyMissing'));
            document.getElementById('client-key')?.focus();
            return;
          }
          setMode(next);
        }}
      />
      <form
        class="coach-form"
        aria-labelledby="client-key-title"
        onSubmit={(event) => {
          event.preventDefault();
          void saveKey();
        }}
      >
        <h3 id="client-key-title" class="small-heading">
          {t('coach.return.keyTitle')}
        </h3>
        <Field
          id="client-key"
          label={t('coach.return.keyLabel')}
          hint={t('coach.return.keyHint')}
          error={keyError}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              spellcheck={false}
              autocomplete="off"
              value={keyInput}
              onInput={(e) => setKeyInput(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button">
          {t('coach.return.keySave')}
        </button>
      </form>
      {mode === 'passphrase' && (
        <div>
          <Field
            id="return-passphrase"
            label={t('coach.return.passphrase')}
            hint={t('coach.return.passphraseHint')}
            error={passphraseError}
            required
          >
            {(control) => (
              <input
                {...control}
                type="text"
                spellcheck={false}
                autocomplete="off"
                value={passphrase}
                onInput={(e) => setPassphrase(e.currentTarget.value)}
              />
            )}
          </Field>
          <button
            type="button"
            class="button"
            onClick={async () => {
              const next = await suggestPassphrase(language);
              setPassphrase(next);
              setConfirm(next);
            }}
          >
            {t('coach.return.suggest')}
          </button>
          <Field
            id="return-confirm"
            label={t('coach.return.confirm')}
            error={confirmError}
            required
          >
            {(control) => (
              <input
                {...control}
                type="text"
                spellcheck={false}
                autocomplete="off"
                value={confirm}
                onInput={(e) => setConfirm(e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          class="button primary"
          disabled={busy || !settings.profileId}
          onClick={() => void make()}
        >
          {t('coach.return.make')}
        </button>
      </div>
      <FormOutcome error={error} status={status} />
    </section>
  );
}
