// Export: choose what goes (everything, a date range or sections; private never leaves), how
// it is protected (the coach's key and one's own, or a passphrase), see a summary, then make
// the file in the worker and share or download it, also as armored text.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Progress } from '../../bundle/age-crypto';
import { manifestFor, payloadJson } from '../../bundle/export-json';
import type { BundleKind, BundleRecords } from '../../bundle/format';
import { backupClients } from '../../db/clients';
import { type CoachCode, getCoachCode } from '../../db/keys';
import { currentSchemaVersion } from '../../db/schema';
import { backupSenderKeys } from '../../db/sender-keys';
import { recordTypes } from '../../domain/records/types';
import { bundleFileName } from '../../domain/share/file-name';
import {
  backupSections,
  countExamples,
  countPrivate,
  localDayRange,
  type ShareSection,
  selectRecords,
  shareSections,
} from '../../domain/share/scope';
import { useI18n, useMessages } from '../../i18n/context';
import { pluralForm } from '../../i18n/translate';
import { useSettings } from '../../services/settings-context';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Field } from '../../ui/Field';
import { whenIdle } from '../../ui/idle';
import { ErrorPanel } from './components/ErrorPanel';
import { PassphraseChoice } from './components/PassphraseChoice';
import { ProgressStatus } from './components/ProgressStatus';
import { cryptoClient, deviceWorkFactor } from './crypto';
import { ensureDeviceIdentity, ensureSigningKey } from './device-key';
import { ExportResult, type MadeFile } from './ExportResult';
import {
  keyPossible as canUseKey,
  exportKinds,
  exportManifestInput,
  exportTarget,
  initialKind,
  type Protection,
  effectiveProtection as protectionFor,
} from './export-plan';
import { exportPreparation } from './export-prep';
import { shareMessages } from './messages';
import { kindLabel, sectionLabel, typeLabel } from './type-labels';
import { useOwnRecords } from './use-own-records';
import './share.css';

type Extent = 'all' | 'range' | 'sections';

/** The summary's line on example data, by whether it goes along and by plural form. */
const examplesKey = {
  included: {
    one: 'share.export.examplesIncluded.one',
    other: 'share.export.examplesIncluded.other',
  },
  left: { one: 'share.export.examplesLeft.one', other: 'share.export.examplesLeft.other' },
} as const;

/** The export screen; `kind` is preset by the route (?kind=backup). */
export default function ExportScreen() {
  const { query } = useLocation();
  const t = useMessages(shareMessages);
  const { dateTime, language } = useI18n();
  const { settings, update } = useSettings();
  const kinds = exportKinds(settings.role);
  const [kind, setKind] = useState<BundleKind>(initialKind(settings.role, query.kind));
  const [extent, setExtent] = useState<Extent>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sections, setSections] = useState<ShareSection[]>([...shareSections]);
  const [coachCode, setCoachCode] = useState<CoachCode | undefined>();
  const [protection, setProtection] = useState<Protection>('passphrase');
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [armor, setArmor] = useState(false);
  // Example data never leaves the device unless the user ticks this (exports only).
  const [includeExamples, setIncludeExamples] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [made, setMade] = useState<MadeFile | undefined>();
  const own = useOwnRecords(settings.profileId, kind === 'backup');

  useEffect(() => {
    void getCoachCode().then((code) => {
      setCoachCode(code);
      if (code) setProtection('key');
    });
  }, []);

  const keyPossible = canUseKey(kind, coachCode !== undefined);
  const effectiveProtection = protectionFor(kind, protection, coachCode !== undefined);
  const rangeError =
    extent === 'range' && from && to && from > to ? t('share.export.rangeError') : undefined;
  const sectionsError =
    extent === 'sections' && sections.length === 0 ? t('share.export.sectionsError') : undefined;

  const all = own.status === 'ready' ? own.value : null;
  const choice = useMemo(
    () => ({
      sections:
        kind === 'backup' ? backupSections : extent !== 'sections' ? shareSections : sections,
      ...(kind !== 'backup' && extent === 'range' ? localDayRange(from, to) : {}),
    }),
    [kind, extent, sections, from, to],
  );
  const selected = useMemo(
    () =>
      all && settings.profileId
        ? (selectRecords(all, settings.profileId, choice, {
            includePrivate: kind === 'backup',
            anyOwner: kind === 'backup',
            // A backup keeps the device's complete state; it never goes to someone else.
            includeExamples: kind === 'backup' || includeExamples,
            includeEmpty: kind === 'backup',
          }) as unknown as BundleRecords)
        : null,
    [all, settings.profileId, choice, kind, includeExamples],
  );
  // How many example records the choice covers: sent along only when ticked.
  const examples = useMemo(
    () =>
      all && settings.profileId && kind !== 'backup'
        ? countExamples(
            selectRecords(all, settings.profileId, choice, {
              includeExamples: true,
            }),
          )
        : 0,
    [all, settings.profileId, kind, choice],
  );
  const privateLeft = useMemo(
    () =>
      all && settings.profileId && kind !== 'backup'
        ? countPrivate(all, settings.profileId, choice.sections)
        : 0,
    [all, settings.profileId, kind, choice],
  );
  const total = selected ? recordTypes.reduce((n, type) => n + selected[type].length, 0) : 0;

  // The file is made from this: prepared when the device is idle while the summary is read.
  const preparation = useMemo(
    () => (selected && settings.profileId ? exportPreparation(selected, kind) : null),
    [selected, kind, settings.profileId],
  );
  useEffect(() => {
    if (!preparation) return;
    const cancelIdle = whenIdle(() => preparation.start(), 1_000);
    return () => {
      cancelIdle();
      preparation.cancel();
    };
  }, [preparation]);
  // Start the crypto worker now, so its code is loaded before the click.
  useEffect(() => void cryptoClient(), []);

  const make = async () => {
    if (!preparation || !settings.profileId) return;
    const prep = preparation;
    prep.claim();
    prep.start();
    setBusy(true);
    setError(undefined);
    setMade(undefined);
    try {
      const now = new Date();
      // The manifest carries this device's public key, so the coach can encrypt a reply to it,
      // and the key that signs the file, so the coach can tell it comes from this device.
      const mine = await ensureDeviceIdentity();
      const signing = await ensureSigningKey();
      if (effectiveProtection === 'passphrase') {
        if (!passphrase) return;
        setProgress({ stage: 'deriving-key' });
      }
      const target = exportTarget(kind, effectiveProtection, {
        ownRecipient: mine.recipient,
        coachRecipient: coachCode?.recipient,
        passphrase,
        workFactor: effectiveProtection === 'passphrase' ? await deviceWorkFactor() : undefined,
      });
      if (!target) return;
      const manifest = manifestFor(
        exportManifestInput({
          appVersion: __APP_VERSION__,
          schemaVersion: currentSchemaVersion,
          kind,
          profileId: settings.profileId,
          displayName: settings.displayName,
          ownRecipient: mine.recipient,
          signingKey: signing.publicKey,
          choice,
          now,
          // A backup is the device: a coach's client list, the keys it pinned, its role and its
          // signing key, so a device restored from it goes on as this one.
          device:
            kind === 'backup'
              ? {
                  clients: await backupClients(),
                  senderKeys: await backupSenderKeys(),
                  signingSecretKey: signing.secretKey,
                  deviceRole: settings.role ?? 'client',
                }
              : undefined,
        }),
        prep.records,
      );
      const encrypted = cryptoClient().call(
        'encryptJson',
        {
          parts: payloadJson(manifest, await prep.json()),
          target,
          signer: { secretKey: signing.secretKey, publicKey: signing.publicKey },
          armor,
        },
        setProgress,
      );
      // Never offer a file we would refuse to read: the checks end while the worker works.
      const [bytes] = await Promise.all([encrypted, prep.checked()]);
      const name = bundleFileName(
        settings.displayName,
        kind === 'coach-return' ? 'coach-return' : kind,
        now,
      );
      // Stored before the file is shown, so leaving at once cannot lose when the backup was made.
      if (kind === 'backup') await update({ lastBackupAt: now.toISOString() });
      setMade({
        bytes,
        name,
        armored: armor,
        passphrase: effectiveProtection === 'passphrase' ? passphrase : null,
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const canMake =
    !busy &&
    total > 0 &&
    !rangeError &&
    !sectionsError &&
    (effectiveProtection === 'key' || passphrase !== null);

  return (
    <section aria-labelledby="export-title" class="stack share">
      <h1 id="export-title">{t('share.export.title')}</h1>
      <ChoiceGroup
        legend={t('share.export.kind')}
        name="kind"
        value={kind}
        options={kinds.map((k) => ({ value: k, label: t(kindLabel[k]) }))}
        onChange={(k) => {
          setKind(k);
          setMade(undefined);
        }}
      />
      {kind === 'backup' ? (
        <p class="hint">{t('share.export.backupAll')}</p>
      ) : (
        <>
          <ChoiceGroup
            legend={t('share.export.what')}
            name="extent"
            value={extent}
            options={[
              { value: 'all', label: t('share.export.all') },
              { value: 'range', label: t('share.export.range') },
              { value: 'sections', label: t('share.export.sections') },
            ]}
            onChange={setExtent}
          />
          {extent === 'range' && (
            <div class="date-range">
              <Field id="export-from" label={t('share.export.from')} error={rangeError}>
                {(c) => (
                  <input
                    {...c}
                    type="date"
                    value={from}
                    onInput={(e) => setFrom(e.currentTarget.value)}
                  />
                )}
              </Field>
              <Field id="export-to" label={t('share.export.to')}>
                {(c) => (
                  <input
                    {...c}
                    type="date"
                    value={to}
                    onInput={(e) => setTo(e.currentTarget.value)}
                  />
                )}
              </Field>
              <p class="hint">{t('share.export.rangeHint')}</p>
            </div>
          )}
          {extent === 'sections' && (
            <fieldset aria-describedby={sectionsError ? 'sections-error' : undefined}>
              <legend>{t('share.export.sectionsLegend')}</legend>
              <div class="choice-row">
                {shareSections.map((s) => (
                  <label class="choice" key={s}>
                    <input
                      type="checkbox"
                      name="section"
                      value={s}
                      checked={sections.includes(s)}
                      onChange={(e) =>
                        setSections(
                          e.currentTarget.checked
                            ? shareSections.filter((x) => x === s || sections.includes(x))
                            : sections.filter((x) => x !== s),
                        )
                      }
                    />
                    <span>{t(sectionLabel[s])}</span>
                  </label>
                ))}
              </div>
              {sectionsError && (
                <p id="sections-error" class="field-error">
                  {sectionsError}
                </p>
              )}
            </fieldset>
          )}
        </>
      )}

      {keyPossible ? (
        <ChoiceGroup
          legend={t('share.export.protection')}
          name="protection"
          value={protection}
          options={[
            {
              value: 'key',
              label:
                kind === 'client-export' ? t('share.export.toCoach') : t('share.export.toOwnKey'),
            },
            { value: 'passphrase', label: t('share.export.withPassphrase') },
          ]}
          onChange={setProtection}
        />
      ) : (
        kind === 'client-export' && (
          <p class="hint">
            {t('share.export.noCoachCode')} <a href="/share/keys">{t('share.keys.title')}</a>
          </p>
        )
      )}
      {effectiveProtection === 'key' && kind === 'client-export' && coachCode && (
        <p>{t('share.export.toCoachExplain', { fingerprint: coachCode.fingerprint })}</p>
      )}
      {effectiveProtection === 'key' && kind === 'backup' && (
        <p class="hint">{t('share.export.ownKeyWarning')}</p>
      )}
      {effectiveProtection === 'passphrase' && (
        <PassphraseChoice id="export-pass" onChange={setPassphrase} />
      )}

      {examples > 0 && (
        <label class="choice">
          <input
            type="checkbox"
            name="include-examples"
            checked={includeExamples}
            onChange={(e) => setIncludeExamples(e.currentTarget.checked)}
          />
          <span>{t('share.export.includeExamples')}</span>
        </label>
      )}

      <label class="choice">
        <input
          type="checkbox"
          checked={armor}
          onChange={(e) => setArmor(e.currentTarget.checked)}
        />
        <span>{t('share.export.armor')}</span>
      </label>

      <section aria-labelledby="summary-title" class="summary">
        <h2 id="summary-title">{t('share.export.summary')}</h2>
        {selected ? (
          <>
            <ul data-testid="export-summary">
              {recordTypes
                .filter((type) => selected[type].length > 0)
                .map((type) => (
                  <li key={type}>
                    {t(typeLabel[type])}: {selected[type].length}
                  </li>
                ))}
            </ul>
            {total === 0 && <p>{t('share.export.nothing')}</p>}
            {privateLeft > 0 && <p>{t('share.export.privateLeft', { count: privateLeft })}</p>}
            {examples > 0 && (
              <p data-testid="export-examples">
                {t(
                  examplesKey[includeExamples ? 'included' : 'left'][
                    pluralForm(language, examples)
                  ],
                  { count: examples },
                )}
              </p>
            )}
            {choice.from || choice.to ? (
              <p class="muted">
                {t('share.export.rangeSummary', {
                  from: choice.from ? dateTime(choice.from) : '…',
                  to: choice.to ? dateTime(choice.to) : '…',
                })}
              </p>
            ) : null}
          </>
        ) : (
          <p>{t('share.loading')}</p>
        )}
      </section>

      <button
        type="button"
        class="button primary large"
        disabled={!canMake}
        onClick={() => void make()}
      >
        {t('share.export.make')}
      </button>
      {busy && <ProgressStatus progress={progress} />}
      {error !== undefined && <ErrorPanel error={error} />}
      {made && <ExportResult file={made} />}
    </section>
  );
}
