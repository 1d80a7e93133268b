// "How to read this": what the cards, figures, types, GEN and IDEAL, charts and correlations of
// an investigation's results show, in the same gentle tone as the explanations beside them
// (the same texts, so the two never drift apart), with the thresholds of its own list.
import { CLOSE_R } from '../../../domain/zkm/correlation-reading';
import { VALUATION_TYPE_KEYS } from '../../../domain/zkm/valuation-type';
import { useInvestigation } from '../use-investigation';
import { useZkmFormat } from '../use-zkm-format';
import { readingKey } from '../views/reading-keys';
import { explainKey, typeWordsKey } from '../views/result-keys';
import { useResultsText } from '../views/result-text';
import { typeFromKey } from '../views/type-key';
import '../zkm.css';
import type { LoadedInvestigation } from '../data';
import { Gate } from './Gate';

const FIGURES = ['S', 'O', 'P', 'N', 'S-O', 'P-N'] as const;

function HowToRead(props: { loaded: LoadedInvestigation }) {
  const f = useZkmFormat();
  const rt = useResultsText();
  const { investigation } = props.loaded;
  const thresholds = investigation.affectList.thresholds;
  const results = `/zkm/${investigation.id}/results`;
  return (
    <section aria-labelledby="zkm-howto-title" class="stack zkm-howto">
      <p>
        <a href={results}>{rt('zkm.howto.back')}</a>
      </p>
      <h1 id="zkm-howto-title">{rt('zkm.howto.title')}</h1>
      <p>{rt('zkm.howto.intro')}</p>
      <section aria-labelledby="zkm-howto-cards">
        <h2 id="zkm-howto-cards">{rt('zkm.howto.cardsTitle')}</h2>
        <p>{rt('zkm.howto.cards')}</p>
      </section>
      <section aria-labelledby="zkm-howto-indices">
        <h2 id="zkm-howto-indices">{rt('zkm.howto.indicesTitle')}</h2>
        <dl class="zkm-readings">
          {FIGURES.map((key) => (
            <div key={key}>
              <dt>{f.index(key)}</dt>
              <dd>{rt(explainKey[key])}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="zkm-howto-types">
        <h2 id="zkm-howto-types">{rt('zkm.howto.typesTitle')}</h2>
        <p>{rt('zkm.howto.types')}</p>
        <p>{rt('zkm.explain.thresholds', { ...thresholds })}</p>
        <dl class="zkm-readings">
          <div>
            <dt>HH</dt>
            <dd>{rt(explainKey.HH)}</dd>
          </div>
          <div>
            <dt>LL</dt>
            <dd>{rt(explainKey.LL)}</dd>
          </div>
          {VALUATION_TYPE_KEYS.map((key) => (
            <div key={key}>
              <dt>
                {f.type(typeFromKey(key))}: {rt(typeWordsKey[key])}
              </dt>
              <dd>{f.t(readingKey[key])}</dd>
            </div>
          ))}
        </dl>
        <p>{rt('zkm.explain.type')}</p>
      </section>
      <section aria-labelledby="zkm-howto-gen">
        <h2 id="zkm-howto-gen">{rt('zkm.howto.genIdealTitle')}</h2>
        <p>{rt(explainKey.GEN)}</p>
        <p>{rt(explainKey.IDEAL)}</p>
        <p>{rt('zkm.explain.bands', { close: f.r(CLOSE_R), far: f.r(-CLOSE_R) })}</p>
      </section>
      <section aria-labelledby="zkm-howto-charts">
        <h2 id="zkm-howto-charts">{rt('zkm.howto.chartsTitle')}</h2>
        <p>{rt('zkm.howto.charts')}</p>
      </section>
      <section aria-labelledby="zkm-howto-corr">
        <h2 id="zkm-howto-corr">{rt('zkm.howto.correlationsTitle')}</h2>
        <p>{rt('zkm.howto.correlations')}</p>
        <p>{rt('zkm.explain.correlationThreshold')}</p>
      </section>
      <p>
        <a class="button" href={results}>
          {rt('zkm.howto.back')}
        </a>
      </p>
    </section>
  );
}

/** The "How to read this" page of one investigation's results. */
export default function HowToReadScreen(props: { id?: string }) {
  const result = useInvestigation(props.id ?? '');
  return (
    <Gate result={result}>{(loaded: LoadedInvestigation) => <HowToRead loaded={loaded} />}</Gate>
  );
}
