// The results of one investigation: indices and types, matrix, charts and correlations.
import { useMessages } from '../../../i18n/context';
import type { LoadedInvestigation } from '../data';
import { zkmMessages } from '../messages';
import { useInvestigation } from '../use-investigation';
import { InvestigationResults } from '../views/InvestigationResults';
import '../zkm.css';
import { Gate } from './Gate';

function Results(props: { loaded: LoadedInvestigation }) {
  const t = useMessages(zkmMessages);
  const { investigation, valuations } = props.loaded;
  return (
    <section aria-labelledby="zkm-results-title">
      <p>
        <a href={`/zkm/${investigation.id}`}>{t('zkm.backToInvestigation')}</a>
      </p>
      <h1 id="zkm-results-title">{t('zkm.results.title')}</h1>
      <InvestigationResults investigation={investigation} valuations={valuations} />
    </section>
  );
}

/** The results screen of one investigation. */
export default function ResultsScreen(props: { id?: string }) {
  const result = useInvestigation(props.id ?? '');
  return (
    <Gate result={result}>{(loaded: LoadedInvestigation) => <Results loaded={loaded} />}</Gate>
  );
}
