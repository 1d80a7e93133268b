// One investigation: its steps (questions, valuations, rating, results, comparison) with
// where the client stands, and finishing or deleting it.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLiveQuery } from '../../../db/live';
import { tallyDiscussion } from '../../../domain/zkm/discussion';
import { ratingItems, ratingProgress } from '../../../domain/zkm/rating-progress';
import { useI18n, useMessages } from '../../../i18n/context';
import { useErrorText } from '../../../ui/error-message';
import { offerUndo } from '../../../ui/undo';
import {
  deleteInvestigation,
  type LoadedInvestigation,
  loadDiscussion,
  setCompleted,
} from '../data';
import { zkmMessages } from '../messages';
import { useInvestigation } from '../use-investigation';
import '../zkm.css';
import { Gate } from './Gate';

const kindKey = { first: 'zkm.kind.first', re: 'zkm.kind.re' } as const;

function Overview(props: { loaded: LoadedInvestigation }) {
  const t = useMessages(zkmMessages);
  const { dateTime } = useI18n();
  const errorText = useErrorText();
  const { route } = useLocation();
  const [error, setError] = useState('');
  const { investigation, valuations } = props.loaded;
  const base = `/zkm/${investigation.id}`;
  const discussion = useLiveQuery(() => loadDiscussion(investigation.id), [investigation.id]);
  const tally = tallyDiscussion(
    valuations,
    discussion.status === 'ready' ? (discussion.value?.valuations ?? []) : [],
  );
  const progress = ratingProgress(
    investigation.affectList,
    ratingItems(valuations, investigation.generalFeeling, investigation.idealFeeling),
  );
  const run = async (work: () => Promise<unknown>) => {
    setError('');
    try {
      await work();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section aria-labelledby="zkm-overview-title" class="stack">
      <p>
        <a href="/zkm">{t('zkm.backToList')}</a>
      </p>
      <div>
        <h1 id="zkm-overview-title">{investigation.title || t(kindKey[investigation.kind])}</h1>
        <p class="muted">
          {t(kindKey[investigation.kind])} ·{' '}
          {t('zkm.startedOn', { date: dateTime(investigation.startedAt, false) })} ·{' '}
          {investigation.affectList.name}
        </p>
      </div>
      <ol class="zkm-steps">
        <li>
          <a href={`${base}/questions`}>{t('zkm.step.questions')}</a>
          <span class="muted">
            {' '}
            {t('zkm.step.questionsStatus', { count: investigation.questions.length })}
          </span>
        </li>
        <li>
          <a href={`${base}/valuations`}>{t('zkm.step.valuations')}</a>
          <span class="muted"> {t('zkm.step.valuationsStatus', { count: valuations.length })}</span>
        </li>
        <li>
          <a href={`${base}/rate`}>{t('zkm.step.rate')}</a>
          <span class="muted">
            {' '}
            {t('zkm.progress.ratings', { rated: progress.rated, total: progress.total })}
          </span>
        </li>
        <li>
          <a href={`${base}/results`}>{t('zkm.step.results')}</a>
        </li>
        <li>
          <a href={`${base}/discuss`}>{t('zkm.step.discuss')}</a>
          <span class="muted">
            {' '}
            {t('zkm.step.discussStatus', {
              done: valuations.length - tally.open,
              total: valuations.length,
            })}
          </span>
        </li>
        {investigation.kind === 're' && investigation.previousInvestigationId && (
          <li>
            <a href={`${base}/compare`}>{t('zkm.step.compare')}</a>
          </li>
        )}
      </ol>
      <div class="actions">
        <a class="button" href={`${base}/reinvestigate`}>
          {t('zkm.start.re')}
        </a>
        {investigation.completedAt ? (
          <button
            type="button"
            class="button"
            onClick={() => run(() => setCompleted(investigation.id, false))}
          >
            {t('zkm.reopen')}
          </button>
        ) : (
          <button
            type="button"
            class="button"
            onClick={() => run(() => setCompleted(investigation.id, true))}
          >
            {t('zkm.markFinished')}
          </button>
        )}
        <button
          type="button"
          class="button quiet"
          onClick={() =>
            run(async () => {
              const undo = await deleteInvestigation(investigation.id);
              offerUndo(t('zkm.deleted'), t('zkm.undo'), undo);
              route('/zkm');
            })
          }
        >
          {t('zkm.delete')}
        </button>
      </div>
      {investigation.completedAt && (
        <p>{t('zkm.finishedOn', { date: dateTime(investigation.completedAt, false) })}</p>
      )}
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
    </section>
  );
}

/** The overview screen of one investigation. */
export default function InvestigationOverview(props: { id?: string }) {
  const result = useInvestigation(props.id ?? '');
  return (
    <Gate result={result}>{(loaded: LoadedInvestigation) => <Overview loaded={loaded} />}</Gate>
  );
}
