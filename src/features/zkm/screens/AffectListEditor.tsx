// Making or editing an affect list: name, terms (id, Dutch and English label, index) in
// rating order, and the type thresholds. Checked before saving; every message sits by its field.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLiveQuery } from '../../../db/live';
import type { AffectIndex, AffectListRecord } from '../../../domain/records';
import {
  type AffectListDraft,
  checkAffectList,
  type ListProblem,
  type ListProblems,
  slugId,
  toDraft,
} from '../../../domain/zkm/affect-list-draft';
import { moveItem } from '../../../domain/zkm/reorder';
import { template24Draft } from '../../../domain/zkm/template-24';
import { useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { useErrorText } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { offerUndo } from '../../../ui/undo';
import { useDraft } from '../../../ui/use-draft';
import { useFocusAfter } from '../../../ui/use-focus-after';
import {
  createAffectList,
  defaultListChoice,
  deleteAffectList,
  getAffectList,
  updateAffectList,
} from '../data';
import { zkmMessages } from '../messages';
import { useZkmFormat } from '../use-zkm-format';
import '../zkm.css';
import { Gate } from './Gate';

const problemKey = {
  required: 'zkm.error.required',
  'too-long': 'zkm.error.tooLong',
  'id-format': 'zkm.lists.error.idFormat',
  'id-duplicate': 'zkm.lists.error.idDuplicate',
  'not-a-whole-number': 'zkm.lists.error.wholeNumber',
  'too-few-terms': 'zkm.lists.error.tooFew',
  'too-many-terms': 'zkm.lists.error.tooMany',
  'index-unused': 'zkm.lists.error.indexUnused',
} as const satisfies Record<ListProblem, string>;

const thresholdKey = {
  h: 'zkm.lists.threshold.h',
  d: 'zkm.lists.threshold.d',
  l: 'zkm.lists.threshold.l',
  p: 'zkm.lists.threshold.p',
} as const;

const INDICES: readonly AffectIndex[] = ['S', 'O', 'P', 'N'];

function Editor(props: { record?: AffectListRecord | undefined; template?: '24' | undefined }) {
  const t = useMessages(zkmMessages);
  const f = useZkmFormat();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const { route } = useLocation();
  const { record } = props;
  const draftKey = record ? record.id : props.template ? `new-${props.template}` : 'new';
  const draft = useDraft<AffectListDraft>(`zkm-list-${draftKey}`, () => {
    if (record) return toDraft(record);
    if (props.template === '24') return template24Draft(t('zkm.lists.template24Name'));
    return {
      ...toDraft(defaultListChoice.content),
      name: t('zkm.lists.copyName', { name: defaultListChoice.content.name }),
    };
  });
  const [problems, setProblems] = useState<ListProblems>({});
  const focusAfter = useFocusAfter();
  const [unused, setUnused] = useState<AffectIndex[]>([]);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const d = draft.value;
  const problemText = (path: string) => {
    const problem = problems[path];
    return problem ? t(problemKey[problem]) : undefined;
  };

  const setTerm = (i: number, change: Partial<AffectListDraft['terms'][number]>) =>
    draft.set((current) => ({
      ...current,
      terms: current.terms.map((term, at) => (at === i ? { ...term, ...change } : term)),
    }));

  const save = async (event: Event) => {
    event.preventDefault();
    const check = checkAffectList(d);
    if (!check.ok) {
      setProblems(check.problems);
      setUnused(check.unusedIndices);
      setStatus('');
      return;
    }
    setProblems({});
    setUnused([]);
    setError('');
    try {
      if (record) await updateAffectList(record.id, check.content);
      else await createAffectList(settings.profileId ?? '', check.content);
      await draft.clear();
      route('/zkm/lists');
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const field = (
    id: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    path: string,
    extra?: { onBlur?: () => void; inputMode?: 'numeric'; hint?: string },
  ) => {
    return (
      <Field id={id} label={label} hint={extra?.hint} error={problemText(path)}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode={extra?.inputMode}
            value={value}
            onInput={(e) => onInput(e.currentTarget.value)}
            onBlur={extra?.onBlur}
          />
        )}
      </Field>
    );
  };

  return (
    <section aria-labelledby="zkm-list-edit-title">
      <p>
        <a href="/zkm/lists">{t('zkm.lists.back')}</a>
      </p>
      <h1 id="zkm-list-edit-title">{record ? t('zkm.lists.edit') : t('zkm.lists.new')}</h1>
      <p>{t('zkm.lists.editIntro')}</p>
      {props.template === '24' && !record && <p class="hint">{t('zkm.lists.template24Intro')}</p>}
      <form onSubmit={save} noValidate>
        {field(
          'zkm-list-name',
          t('zkm.lists.name'),
          d.name,
          (name) => draft.set((c) => ({ ...c, name })),
          'name',
        )}
        <fieldset>
          <legend>{t('zkm.lists.thresholds')}</legend>
          <p class="hint">{t('zkm.lists.thresholdsHint')}</p>
          {(['h', 'd', 'l', 'p'] as const).map((key) =>
            field(
              `zkm-list-threshold-${key}`,
              t(thresholdKey[key]),
              d.thresholds[key],
              (value) =>
                draft.set((c) => ({ ...c, thresholds: { ...c.thresholds, [key]: value } })),
              `thresholds.${key}`,
              { inputMode: 'numeric' },
            ),
          )}
        </fieldset>
        <h2>{t('zkm.lists.terms', { count: d.terms.length })}</h2>
        <p class="hint">{t('zkm.lists.termsHint')}</p>
        {(problems.terms || problems.indices) && (
          <p class="field-error" id="zkm-list-terms-error">
            {problems.terms ? t(problemKey[problems.terms]) : ''}{' '}
            {problems.indices
              ? t('zkm.lists.error.indexUnusedNamed', {
                  indices: unused.map((i) => f.index(i)).join(', '),
                })
              : ''}
          </p>
        )}
        <ol class="zkm-term-list">
          {d.terms.map((term, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: terms have no stable identity while their id is being typed, so the position is the key.
            <li key={i} class="zkm-card">
              <fieldset>
                <legend>{t('zkm.lists.termN', { n: i + 1 })}</legend>
                {field(
                  `zkm-term-${i}-en`,
                  t('zkm.lists.labelEn'),
                  term.en,
                  (en) => setTerm(i, { en }),
                  `term.${i}.en`,
                  {
                    onBlur: () => {
                      if (term.id.trim() === '' && term.en.trim() !== '')
                        setTerm(i, { id: slugId(term.en) });
                    },
                  },
                )}
                {field(
                  `zkm-term-${i}-nl`,
                  t('zkm.lists.labelNl'),
                  term.nl,
                  (nl) => setTerm(i, { nl }),
                  `term.${i}.nl`,
                )}
                {field(
                  `zkm-term-${i}-id`,
                  t('zkm.lists.termId'),
                  term.id,
                  (id) => setTerm(i, { id }),
                  `term.${i}.id`,
                  {
                    hint: t('zkm.lists.termIdHint'),
                  },
                )}
                <Field id={`zkm-term-${i}-index`} label={t('zkm.col.index')}>
                  {(control) => (
                    <select
                      {...control}
                      value={term.index}
                      onChange={(e) => setTerm(i, { index: e.currentTarget.value as AffectIndex })}
                    >
                      {INDICES.map((index) => (
                        <option key={index} value={index}>
                          {f.index(index)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <div class="zkm-item-actions">
                  <button
                    type="button"
                    class="button"
                    aria-label={t('zkm.lists.moveUpN', { n: i + 1 })}
                    disabled={i === 0}
                    onClick={() => draft.set((c) => ({ ...c, terms: moveItem(c.terms, i, i - 1) }))}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-label={t('zkm.lists.moveDownN', { n: i + 1 })}
                    disabled={i === d.terms.length - 1}
                    onClick={() => draft.set((c) => ({ ...c, terms: moveItem(c.terms, i, i + 1) }))}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    class="button quiet"
                    aria-label={t('zkm.lists.removeN', { n: i + 1 })}
                    onClick={() => {
                      draft.set((c) => ({ ...c, terms: c.terms.filter((_, at) => at !== i) }));
                      setStatus(t('zkm.lists.removed', { n: i + 1 }));
                    }}
                  >
                    {t('zkm.delete')}
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div class="actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              draft.set((c) => ({
                ...c,
                terms: [...c.terms, { id: '', nl: '', en: '', index: 'P' }],
              }));
              const next = d.terms.length;
              focusAfter(`zkm-term-${next}-en`);
            }}
          >
            {t('zkm.lists.addTerm')}
          </button>
        </div>
        <p role="status" class="muted">
          {status}
        </p>
        {Object.keys(problems).length > 0 && (
          <p role="alert" class="field-error">
            {t('zkm.lists.error.summary', { count: Object.keys(problems).length })}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button primary">
            {t('zkm.lists.save')}
          </button>
          {record && (
            <button
              type="button"
              class="button quiet"
              onClick={() =>
                void deleteAffectList(record.id)
                  .then(async (undo) => {
                    await draft.clear();
                    offerUndo(t('zkm.lists.deleted'), t('zkm.undo'), undo);
                    route('/zkm/lists');
                  })
                  .catch((caught: unknown) => setError(errorText(caught)))
              }
            >
              {t('zkm.lists.delete')}
            </button>
          )}
        </div>
        {error && (
          <p role="alert" class="field-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** The editor of a new list (`listId` absent) or a stored one. */
export default function AffectListEditor(props: { listId?: string }) {
  const t = useMessages(zkmMessages);
  const { settings } = useSettings();
  const { query } = useLocation();
  const listId = props.listId;
  const template = query.template === '24' ? '24' : undefined;
  const result = useLiveQuery(
    async () => (listId ? await getAffectList(listId) : ({} as AffectListRecord)),
    [listId],
  );
  if (settings.role !== 'coach') {
    return (
      <section aria-labelledby="zkm-list-coach-only" class="stack">
        <h1 id="zkm-list-coach-only">{t('zkm.lists.title')}</h1>
        <p>{t('zkm.lists.coachOnly')}</p>
        <a href="/zkm/lists">{t('zkm.lists.back')}</a>
      </section>
    );
  }
  return (
    <Gate result={result}>
      {(record: AffectListRecord) => (
        <Editor
          key={listId ?? `new-${template ?? ''}`}
          record={listId ? record : undefined}
          template={template}
        />
      )}
    </Gate>
  );
}
