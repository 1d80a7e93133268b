// Rating, one valuation at a time: every term of the investigation's list in its mixed order,
// one compact row per term with the values 0-5 (the anchor words in a key above the rows and in
// each value's accessible name). Each rating is saved as it is given, so the client can stop
// at any moment and continue later. A tap never moves content: tapping the chosen value again
// clears it, and the next unrated term is scrolled into view only when it is below the fold.
// Digits rate and move on to the next term.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { AffectRatings } from '../../../domain/records';
import {
  type RatingItem,
  ratedCount,
  ratingItems,
  ratingProgress,
  withRating,
} from '../../../domain/zkm/rating-progress';
import { useMessages } from '../../../i18n/context';
import { useErrorText } from '../../../ui/error-message';
import { useFocusOnShow } from '../../../ui/use-focus-after';
import { type LoadedInvestigation, saveFeelingRatings, saveValuationRatings } from '../data';
import { zkmMessages } from '../messages';
import { useInvestigation } from '../use-investigation';
import { useZkmFormat } from '../use-zkm-format';
import { RatingRow } from '../views/RatingRow';
import { revealIfBelowFold, useKeyboardSeen } from '../views/rating-flow';
import '../zkm.css';
import { Gate } from './Gate';

const anchorKeys = [
  'zkm.anchor.0',
  'zkm.anchor.1',
  'zkm.anchor.2',
  'zkm.anchor.3',
  'zkm.anchor.4',
  'zkm.anchor.5',
] as const;

/** Literal keys per plural form (so the message check can see them). */
const itemProgressKey = {
  one: 'zkm.rate.itemProgress.one',
  other: 'zkm.rate.itemProgress.other',
} as const;
const valuationsDoneKey = {
  one: 'zkm.rate.valuationsDone.one',
  other: 'zkm.rate.valuationsDone.other',
} as const;

/**
 * Text whose length changes with the counts, on a line whose height never does: the widest
 * form (`widest`, the total over the total) holds the space, unseen and unread, under the real
 * text (a hidden pseudo-element from the data attribute; see .zkm-steady in zkm.css).
 */
function Steady(props: { text: string; widest: string }) {
  return (
    <span class="zkm-steady" data-widest={props.widest}>
      <span>{props.text}</span>
    </span>
  );
}

function Rating(props: { loaded: LoadedInvestigation }) {
  const t = useMessages(zkmMessages);
  const f = useZkmFormat();
  const errorText = useErrorText();
  const { query, route } = useLocation();
  const { investigation, valuations } = props.loaded;
  const list = investigation.affectList;
  // Ratings given on this screen win over the stored ones until storage catches up.
  const [local, setLocal] = useState<Record<string, AffectRatings>>({});
  const [error, setError] = useState('');
  // Ratings still being written; shown, so the client can see that stopping is safe.
  const [pending, setPending] = useState(0);
  // What a screen reader hears when a rating is cleared (the radio just goes unchecked).
  const [announcement, setAnnouncement] = useState('');
  const keyboardSeen = useKeyboardSeen();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const termsRef = useRef<HTMLDivElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  // Whether the last rating came from a pointer (a tap or a click) rather than a key: only a
  // tap brings the next term into view; keys move focus, which scrolls by itself.
  const byPointer = useRef(false);

  const items = ratingItems(
    valuations,
    investigation.generalFeeling,
    investigation.idealFeeling,
  ).map((item): RatingItem => ({ ...item, ratings: local[item.id] ?? item.ratings }) as RatingItem);
  const progress = ratingProgress(list, items);
  // Without an item in the address, continue where the client left off, fixed on arrival:
  // completing this item must not make the screen jump to the next one by itself.
  const [resumeId] = useState(() => items[progress.firstIncomplete]?.id ?? 'done');
  const wanted = query.item ?? resumeId;
  const position = items.findIndex((entry) => entry.id === wanted);
  const item = position >= 0 ? items[position] : undefined;
  const anchors = anchorKeys.map((key) => t(key));

  // Focus the item's heading (after the shell has moved focus to the new screen).
  useFocusOnShow(headingRef, item?.id, { afterShell: true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `item?.id` is the trigger: the announcement clears once per item, not on each rating.
  useEffect(() => setAnnouncement(''), [item?.id]);

  const go = (target: number) => {
    const next = items[target];
    route(`/zkm/${investigation.id}/rate?item=${next ? encodeURIComponent(next.id) : 'done'}`);
  };

  const rate = (termId: string, value: number | undefined) => {
    if (!item) return;
    const ratings = withRating(item.ratings, termId, value);
    setLocal((current) => ({ ...current, [item.id]: ratings }));
    setError('');
    const term = list.terms.find((entry) => entry.id === termId);
    setAnnouncement(
      value === undefined && term ? t('zkm.rate.cleared', { term: f.term(term) }) : '',
    );
    const saving =
      item.kind === 'valuation'
        ? saveValuationRatings(item.id, ratings)
        : saveFeelingRatings(investigation.id, item.kind, ratings);
    setPending((count) => count + 1);
    saving
      .catch((caught: unknown) => setError(errorText(caught)))
      .finally(() => setPending((count) => count - 1));
    // After a tap, the next unrated term (or Next, when none is left after this one) comes
    // into view if it is below the fold; the keyboard moves focus instead (onKeyDown).
    if (!byPointer.current || value === undefined) return;
    const at = list.terms.findIndex((entry) => entry.id === termId);
    const nextTerm = list.terms.slice(at + 1).find((entry) => !Object.hasOwn(ratings, entry.id));
    const target = nextTerm
      ? termsRef.current?.querySelector(`[data-term="${CSS.escape(nextTerm.id)}"]`)
      : nextRef.current;
    requestAnimationFrame(() => revealIfBelowFold(target));
  };

  // A digit rates the focused term and moves focus on to the next term, or to the Next button
  // after the last. Synchronous, so fast typing never races it.
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    byPointer.current = false;
    const current = (event.target as HTMLElement).closest<HTMLElement>('.zkm-row');
    const termId = current?.dataset.term;
    if (!current || !termId || !termsRef.current) return;
    // Delete or Backspace clears the term's rating (what a second tap does); focus stays.
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      rate(termId, undefined);
      return;
    }
    if (!/^[0-5]$/.test(event.key)) return;
    event.preventDefault();
    rate(termId, Number(event.key));
    const rows = [...termsRef.current.querySelectorAll('.zkm-row')];
    const next = rows[rows.indexOf(current) + 1];
    const input =
      next?.querySelector<HTMLInputElement>('input:checked') ??
      next?.querySelector<HTMLInputElement>('input');
    (input ?? nextRef.current)?.focus();
  };

  const progressText = t('zkm.progress.ratings', { rated: progress.rated, total: progress.total });
  const base = `/zkm/${investigation.id}`;

  if (!item) {
    const complete = progress.firstIncomplete === -1;
    return (
      <section aria-labelledby="zkm-rate-title" class="stack">
        <p>
          <a href={base}>{t('zkm.backToInvestigation')}</a>
        </p>
        <h1 id="zkm-rate-title" ref={headingRef} tabIndex={-1}>
          {complete ? t('zkm.rate.allDone') : t('zkm.rate.notDone')}
        </h1>
        <p>{progressText}</p>
        <div class="actions">
          {complete ? (
            <a class="button primary" href={`${base}/results`}>
              {t('zkm.step.results')}
            </a>
          ) : (
            <button
              type="button"
              class="button primary"
              onClick={() => go(progress.firstIncomplete)}
            >
              {t('zkm.rate.continue')}
            </button>
          )}
          <button type="button" class="button" onClick={() => go(0)}>
            {t('zkm.rate.fromStart')}
          </button>
        </div>
      </section>
    );
  }

  const label = (entry: RatingItem, at: number) =>
    entry.kind === 'general'
      ? t('zkm.generalFeeling')
      : entry.kind === 'ideal'
        ? t('zkm.idealFeeling')
        : t('zkm.rate.valuationN', { n: at + 1, count: valuations.length });
  const prompt =
    item.kind === 'general'
      ? t('zkm.rate.generalPrompt')
      : item.kind === 'ideal'
        ? t('zkm.rate.idealPrompt')
        : t('zkm.rate.valuationPrompt');
  const text =
    item.kind === 'general'
      ? t('zkm.rate.generalQuestion')
      : item.kind === 'ideal'
        ? t('zkm.rate.idealQuestion')
        : (valuations[position]?.text ?? '');
  const termCount = list.terms.length;
  const itemKey = itemProgressKey[f.plural(termCount)];
  const valuationsRated = items.filter(
    (entry) => entry.kind === 'valuation' && ratedCount(list, entry.ratings) === termCount,
  ).length;
  const valuationsKey = valuationsDoneKey[f.plural(valuations.length)];

  return (
    <section aria-labelledby="zkm-rate-title" class="zkm-rate">
      <p>
        <a href={base}>{t('zkm.rate.stop')}</a>
      </p>
      <div class="zkm-progress">
        <label for="zkm-rate-progress">
          <Steady
            text={progressText}
            widest={t('zkm.progress.ratings', { rated: progress.total, total: progress.total })}
          />
        </label>
        <progress id="zkm-rate-progress" value={progress.rated} max={Math.max(progress.total, 1)} />
        <Steady
          text={t(valuationsKey, { rated: valuationsRated, count: valuations.length })}
          widest={t(valuationsKey, { rated: valuations.length, count: valuations.length })}
        />
      </div>
      <h1 id="zkm-rate-title" ref={headingRef} tabIndex={-1}>
        <span class="zkm-rate-which">{label(item, position)}</span>
        <span class="zkm-rate-text">{text}</span>
      </h1>
      <p class="hint">{prompt}</p>
      {keyboardSeen && (
        <p class="hint" data-testid="zkm-rate-keys">
          {t('zkm.rate.keys')}
        </p>
      )}
      <p class="hint" id="zkm-scale-key">
        {t('zkm.rate.scaleKey')}
      </p>
      <ul class="zkm-scale-key" aria-labelledby="zkm-scale-key">
        {anchors.map((anchor, step) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the scale value itself (0 to 5), a fixed list.
          <li key={step}>
            <span class="zkm-value-digit">{step}</span> {anchor}
          </li>
        ))}
      </ul>
      <p class="zkm-item-progress" data-testid="zkm-item-progress">
        <Steady
          text={t(itemKey, { rated: ratedCount(list, item.ratings), total: termCount })}
          widest={t(itemKey, { rated: termCount, total: termCount })}
        />
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: digits typed inside a row bubble here to rate and move on */}
      <div
        ref={termsRef}
        onKeyDown={onKeyDown}
        onPointerDown={() => {
          byPointer.current = true;
        }}
        class="zkm-terms"
      >
        {list.terms.map((term) => (
          <RatingRow
            key={`${item.id}-${term.id}`}
            termId={term.id}
            term={f.term(term)}
            value={Object.hasOwn(item.ratings, term.id) ? item.ratings[term.id] : undefined}
            anchors={anchors}
            onRate={(value) => rate(term.id, value)}
          />
        ))}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      <p class="muted" data-testid="zkm-save-state">
        {pending > 0 ? t('zkm.rate.saving') : t('zkm.rate.savedAll')}
      </p>
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
      <div class="actions zkm-rate-nav">
        <button
          type="button"
          class="button"
          disabled={position === 0}
          onClick={() => go(position - 1)}
        >
          {t('zkm.rate.previous')}
        </button>
        <button type="button" class="button primary" ref={nextRef} onClick={() => go(position + 1)}>
          {position === items.length - 1 ? t('zkm.rate.finish') : t('zkm.rate.next')}
        </button>
      </div>
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          const select = event.currentTarget.elements.namedItem('item') as HTMLSelectElement | null;
          const target = items.findIndex((entry) => entry.id === select?.value);
          if (target >= 0) go(target);
        }}
      >
        <label for="zkm-rate-jump">{t('zkm.rate.jump')}</label>
        <div class="inline">
          {/* The current item is the selected option (a select has no default value of its own). */}
          <select id="zkm-rate-jump" name="item" key={item.id}>
            {items.map((entry, at) => (
              <option key={entry.id} value={entry.id} selected={entry.id === item.id}>
                {label(entry, at)} ({ratedCount(list, entry.ratings)}/{termCount})
              </option>
            ))}
          </select>
          <button type="submit" class="button">
            {t('zkm.rate.go')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The rating screen of one investigation. */
export default function RatingScreen(props: { id?: string }) {
  const result = useInvestigation(props.id ?? '');
  return <Gate result={result}>{(loaded: LoadedInvestigation) => <Rating loaded={loaded} />}</Gate>;
}
