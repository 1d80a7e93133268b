// The results of one investigation: indices and types, matrix, charts and correlations; the
// way on to discussing them, and for a re-investigation last time's discussion beside them.
import { useLiveQuery } from '../../../db/live';
import { useMessages } from '../../../i18n/context';
import { type LoadedDiscussion, loadDiscussionPage } from '../data';
import { zkmMessages } from '../messages';
import { DiscussionView } from '../views/DiscussionView';
import { InvestigationResults } from '../views/InvestigationResults';
import { useResultsText } from '../views/result-text';
import '../zkm.css';
import { Gate } from './Gate';

function Results(props: { page: LoadedDiscussion }) {
  const t = useMessages(zkmMessages);
  const rt = useResultsText();
  const { investigation, valuations } = props.page.loaded;
  const previous = props.page.previous;
  return (
    <section aria-labelledby="zkm-results-title" class="stack">
      <p>
        <a href={`/zkm/${investigation.id}`}>{t('zkm.backToInvestigation')}</a>
      </p>
      <h1 id="zkm-results-title">{t('zkm.results.title')}</h1>
      <p class="zkm-item-actions">
        <a class="button" href={`/zkm/${investigation.id}/how-to-read`}>
          {rt('zkm.howto.link')}
        </a>
        <a class="button primary" href={`/zkm/${investigation.id}/discuss`}>
          {t('zkm.disc.open')}
        </a>
      </p>
      {previous?.discussion && (
        <section aria-labelledby="zkm-prev-disc-title" class="zkm-notice">
          <h2 id="zkm-prev-disc-title">{t('zkm.disc.previous')}</h2>
          <p class="hint">{t('zkm.disc.previousHint')}</p>
          <DiscussionView
            discussion={previous.discussion}
            valuations={previous.loaded.valuations}
            level={3}
            idPrefix="zkm-prev-disc"
          />
        </section>
      )}
      <InvestigationResults investigation={investigation} valuations={valuations} />
    </section>
  );
}

/** The results screen of one investigation. */
export default function ResultsScreen(props: { id?: string }) {
  const id = props.id ?? '';
  const result = useLiveQuery(() => loadDiscussionPage(id), [id]);
  return <Gate result={result}>{(page: LoadedDiscussion) => <Results page={page} />}</Gate>;
}
