// The discussion of the results (the third part of the method): per valuation whether it fits,
// a note in the person's own words and a key mark; the thread and the themes, each of which
// can become a theme of the change process. The form autosaves as a draft until it is saved.
import { useMemo, useState } from 'preact/hooks';
import { useLiveQuery } from '../../../db/live';
import { newId } from '../../../domain/ids';
import type { DiscussionRecord, ValuationRecord } from '../../../domain/records';
import {
  type DiscussionForm,
  discussionToForm,
  formToDiscussion,
  MAX_THEME_TEXT,
  VALUATION_FITS,
} from '../../../domain/zkm/discussion';
import { summarizeInvestigation } from '../../../domain/zkm/summary';
import { isWeakMotive } from '../../../domain/zkm/type-reading';
import { useMessages } from '../../../i18n/context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { useErrorText } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { useDraft } from '../../../ui/use-draft';
import { useFocusAfter } from '../../../ui/use-focus-after';
import {
  type LoadedDiscussion,
  loadDiscussionPage,
  makeChangeTheme,
  saveDiscussion,
} from '../data';
import { zkmMessages } from '../messages';
import { useZkmFormat } from '../use-zkm-format';
import { fitKey } from '../views/fit-labels';
import '../zkm.css';
import { Gate } from './Gate';

/** What the person said last time about the valuation this one continues, if anything. */
function lastTime(valuation: ValuationRecord, previous: DiscussionRecord | undefined) {
  if (!valuation.predecessorId || !previous) return undefined;
  return previous.valuations.find((v) => v.valuationId === valuation.predecessorId);
}

function Discussion(props: { page: LoadedDiscussion }) {
  const t = useMessages(zkmMessages);
  const f = useZkmFormat();
  const errorText = useErrorText();
  const { investigation, valuations } = props.page.loaded;
  const stored = props.page.discussion;
  const previous = props.page.previous?.discussion;
  const summary = useMemo(
    () => summarizeInvestigation(investigation, valuations),
    [investigation, valuations],
  );
  const rowOf = new Map(summary.valuations.map((row) => [row.id, row]));
  const draft = useDraft<DiscussionForm>(`zkm-discussion-${investigation.id}`, () =>
    discussionToForm(valuations, stored),
  );
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [themeProblem, setThemeProblem] = useState<Record<string, string>>({});
  const focusAfter = useFocusAfter();
  // Themes made in this visit, known before the live query brings the stored link back.
  const [madeNow, setMadeNow] = useState<ReadonlyMap<string, string>>(new Map());
  const form = draft.value;
  const entryOf = (id: string) => entryOfIn(form, id);
  const change = (patch: (previous: DiscussionForm) => DiscussionForm) => {
    setStatus('');
    draft.set(patch);
  };
  const changeEntry = (id: string, patch: Partial<DiscussionForm['entries'][string]>) =>
    change((d) => ({
      ...d,
      entries: { ...d.entries, [id]: { ...entryOfIn(d, id), ...patch } },
    }));
  const madeThemeId = (entryId: string) =>
    madeNow.get(entryId) ?? stored?.themes.find((theme) => theme.id === entryId)?.themeId;

  const save = async (): Promise<DiscussionRecord | undefined> => {
    setError('');
    try {
      const saved = await saveDiscussion(investigation, formToDiscussion(form, valuations));
      await draft.clear();
      return saved;
    } catch (caught) {
      setError(errorText(caught));
      return undefined;
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (await save()) setStatus(t('zkm.disc.saved'));
  };

  const makeTheme = async (entryId: string, text: string) => {
    if (text.trim() === '') {
      setThemeProblem({ [entryId]: t('zkm.disc.themeEmpty') });
      document.getElementById(`disc-theme-${entryId}`)?.focus();
      return;
    }
    setThemeProblem({});
    const saved = await save();
    if (!saved) return;
    try {
      const themeId = await makeChangeTheme(saved.id, entryId);
      setMadeNow((known) => new Map(known).set(entryId, themeId));
      setStatus(t('zkm.disc.madeTheme', { title: text.trim() }));
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const discard = async () => {
    await draft.clear();
    draft.set(discussionToForm(valuations, stored));
    await draft.clear();
  };

  if (valuations.length === 0) return <p>{t('zkm.disc.noValuations')}</p>;

  return (
    <form onSubmit={submit} noValidate class="stack">
      {draft.restored && (
        <p class="zkm-notice">
          {t('zkm.disc.restored')}{' '}
          <button type="button" class="button quiet" onClick={() => void discard()}>
            {t('zkm.disc.discard')}
          </button>
        </p>
      )}
      <ol class="zkm-list">
        {valuations.map((valuation, index) => {
          const n = index + 1;
          const entry = entryOf(valuation.id);
          const row = rowOf.get(valuation.id);
          const before = lastTime(valuation, previous);
          return (
            <li key={valuation.id} class="zkm-disc-item stack">
              <h2 id={`disc-val-${valuation.id}`}>
                <span class="muted">{t('zkm.disc.valuation', { n })}: </span>
                {valuation.text}
              </h2>
              {row?.complete && (
                <p class="muted">
                  {f.t('zkm.col.type')}:{' '}
                  <abbr title={f.typeName(row.type)}>{f.type(row.type)}</abbr>
                  {' · '}
                  {f.index('S')} {f.n(row.indices.S)} · {f.index('O')} {f.n(row.indices.O)} ·{' '}
                  {f.index('P')} {f.n(row.indices.P)} · {f.index('N')} {f.n(row.indices.N)}
                </p>
              )}
              {row?.complete &&
                isWeakMotive(row.indices, row.type, investigation.affectList.thresholds) && (
                  <p class="zkm-notice">{t('zkm.reading.weak')}</p>
                )}
              {before && (
                <div class="zkm-notice">
                  {before.fit && <p>{t('zkm.disc.lastTime', { fit: t(fitKey[before.fit]) })}</p>}
                  {before.note && (
                    <p class="zkm-disc-note">{t('zkm.disc.lastTimeNote', { note: before.note })}</p>
                  )}
                </div>
              )}
              <ChoiceGroup
                legend={t('zkm.disc.fitLegend', { n })}
                name={`disc-fit-${valuation.id}`}
                value={entry.fit}
                options={VALUATION_FITS.map((fit) => ({ value: fit, label: t(fitKey[fit]) }))}
                onChange={(fit) => changeEntry(valuation.id, { fit })}
              />
              <Field id={`disc-note-${valuation.id}`} label={t('zkm.disc.note', { n })}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={2}
                    value={entry.note}
                    onInput={(e) => changeEntry(valuation.id, { note: e.currentTarget.value })}
                  />
                )}
              </Field>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={entry.key}
                  aria-describedby={`disc-val-${valuation.id}`}
                  onChange={(e) => changeEntry(valuation.id, { key: e.currentTarget.checked })}
                />
                <span>{t('zkm.disc.key')}</span>
              </label>
            </li>
          );
        })}
      </ol>
      <Field id="disc-thread" label={t('zkm.disc.thread')} hint={t('zkm.disc.threadHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={form.thread}
            onInput={(e) => {
              const thread = e.currentTarget.value;
              change((d) => ({ ...d, thread }));
            }}
          />
        )}
      </Field>
      <fieldset>
        <legend>{t('zkm.disc.themes')}</legend>
        <p class="hint">{t('zkm.disc.themesHint')}</p>
        <ul class="zkm-list">
          {form.themes.map((theme, index) => {
            const n = index + 1;
            const made = madeThemeId(theme.id);
            return (
              <li key={theme.id} class="stack">
                <Field
                  id={`disc-theme-${theme.id}`}
                  label={t('zkm.disc.theme', { n })}
                  error={Object.hasOwn(themeProblem, theme.id) ? themeProblem[theme.id] : undefined}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      maxLength={MAX_THEME_TEXT}
                      value={theme.text}
                      onInput={(e) => {
                        const text = e.currentTarget.value;
                        change((d) => ({
                          ...d,
                          themes: d.themes.map((x) => (x.id === theme.id ? { ...x, text } : x)),
                        }));
                      }}
                    />
                  )}
                </Field>
                <div class="zkm-item-actions">
                  {made ? (
                    <a class="button" href={`/trajectory/themes/${made}`}>
                      {t('zkm.disc.openTheme')}
                    </a>
                  ) : (
                    <>
                      <button
                        type="button"
                        class="button"
                        onClick={() => void makeTheme(theme.id, theme.text)}
                      >
                        {t('zkm.disc.makeTheme', { n })}
                      </button>
                      <button
                        type="button"
                        class="button quiet"
                        onClick={() =>
                          change((d) => ({
                            ...d,
                            themes: d.themes.filter((x) => x.id !== theme.id),
                          }))
                        }
                      >
                        {t('zkm.disc.removeTheme', { n })}
                      </button>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          class="button"
          onClick={() => {
            const id = newId();
            change((d) => ({ ...d, themes: [...d.themes, { id, text: '' }] }));
            focusAfter(`disc-theme-${id}`);
          }}
        >
          {t('zkm.disc.addTheme')}
        </button>
      </fieldset>
      <button type="submit" class="button primary">
        {t('zkm.disc.save')}
      </button>
      <p role="status" class="muted">
        {status}
      </p>
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** The entry for `id` in a form state, empty when the valuation was not gone through yet. */
function entryOfIn(form: DiscussionForm, id: string): DiscussionForm['entries'][string] {
  return Object.hasOwn(form.entries, id)
    ? (form.entries[id] ?? { note: '', key: false })
    : { note: '', key: false };
}

/** The discussion screen of one investigation. */
export default function DiscussionScreen(props: { id?: string }) {
  const t = useMessages(zkmMessages);
  const id = props.id ?? '';
  const result = useLiveQuery(() => loadDiscussionPage(id), [id]);
  return (
    <section aria-labelledby="zkm-disc-title" class="stack">
      <p>
        <a href={`/zkm/${id}/results`}>{t('zkm.step.results')}</a>
      </p>
      <h1 id="zkm-disc-title">{t('zkm.disc.title')}</h1>
      <p>{t('zkm.disc.intro')}</p>
      <Gate result={result}>{(page: LoadedDiscussion) => <Discussion page={page} />}</Gate>
    </section>
  );
}
