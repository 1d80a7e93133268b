// A re-investigation beside the investigation it repeats.
import { useLiveQuery } from '../../../db/live';
import { useMessages } from '../../../i18n/context';
import type { LoadedInvestigation } from '../data';
import { zkmMessages } from '../messages';
import { ComparisonView } from '../views/ComparisonView';
import { loadInvestigationPair } from '../views/ReadOnlyInvestigation';
import '../zkm.css';
import { Gate } from './Gate';

interface Pair {
  previous: LoadedInvestigation;
  current: LoadedInvestigation;
}

async function loadPair(id: string): Promise<Pair | undefined> {
  const pair = await loadInvestigationPair(id);
  return pair?.previous ? { previous: pair.previous, current: pair.current } : undefined;
}

/** The comparison screen of a re-investigation. */
export default function CompareScreen(props: { id?: string }) {
  const t = useMessages(zkmMessages);
  const id = props.id ?? '';
  const result = useLiveQuery(() => loadPair(id), [id]);
  return (
    <Gate result={result}>
      {(pair: Pair) => (
        <section aria-labelledby="zkm-compare-title">
          <p>
            <a href={`/zkm/${id}`}>{t('zkm.backToInvestigation')}</a>
          </p>
          <h1 id="zkm-compare-title">{t('zkm.compare.title')}</h1>
          <p class="muted">
            {t('zkm.compare.between', {
              earlier: pair.previous.investigation.title || t('zkm.kind.first'),
              later: pair.current.investigation.title || t('zkm.kind.re'),
            })}
          </p>
          <ComparisonView previous={pair.previous} current={pair.current} />
        </section>
      )}
    </Gate>
  );
}
