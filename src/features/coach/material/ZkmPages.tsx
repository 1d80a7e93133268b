// The coach's read-only views of a client's self-investigations: one investigation's results
// (indices, types, matrix, charts, correlations) with its valuations to note on, and the
// comparison of a re-investigation with the one it repeats, from the zkm public entry point.
import { useRoute } from 'preact-iso';
import { useMessages } from '../../../i18n/context';
import {
  ComparisonView,
  DiscussionView,
  InvestigationGate,
  InvestigationResults,
  useInvestigationPair,
  useInvestigationTitle,
} from '../../zkm/public';
import { firstLine } from '../text';
import { ClientSubPage, type SubPageContext } from './ClientSubPage';
import { materialMessages } from './messages';
import { RecordItem } from './RecordItem';

function Investigation({ clientId, pick }: SubPageContext) {
  const t = useMessages(materialMessages);
  const id = useRoute().params.investigationId ?? '';
  const pair = useInvestigationPair(id, clientId);
  const titleOf = useInvestigationTitle();
  return (
    <InvestigationGate result={pair}>
      {({ current, previous, discussion }) => (
        <>
          <p class="coach-zkm-title">{titleOf(current.investigation)}</p>
          {current.investigation.questionSetName && (
            <p class="muted">
              {t('coachMat.zkm.fromSet', { name: current.investigation.questionSetName })}
            </p>
          )}
          {previous && (
            <p>
              <a
                class="button"
                href={`/coach/clients/${clientId}/zkm/${current.investigation.id}/compare`}
              >
                {t('coachMat.zkm.compare')}
              </a>
            </p>
          )}
          <section aria-labelledby="coach-valuations-title" class="coach-section">
            <h2 id="coach-valuations-title">{t('coachMat.zkm.valuations')}</h2>
            <ul class="record-list">
              {current.valuations.map((valuation) => (
                <RecordItem
                  key={valuation.id}
                  target={{
                    type: 'valuations',
                    id: valuation.id,
                    label: firstLine(valuation.text, 60),
                  }}
                  text={valuation.text}
                  onNote={pick}
                />
              ))}
            </ul>
          </section>
          <section aria-labelledby="coach-discussion-title" class="coach-section">
            <h2 id="coach-discussion-title">{t('coachMat.zkm.discussion')}</h2>
            <DiscussionView
              discussion={discussion}
              valuations={current.valuations}
              level={3}
              idPrefix="coach-discussion"
              note={{
                label: t('coach.notes.onThis'),
                onNote: (record) =>
                  pick({
                    type: 'discussions',
                    id: record.id,
                    label: t('coachMat.zkm.discussion'),
                  }),
              }}
            />
          </section>
          <InvestigationResults
            investigation={current.investigation}
            valuations={current.valuations}
            tableOpen
          />
        </>
      )}
    </InvestigationGate>
  );
}

/** /coach/clients/:id/zkm/:investigationId */
export function CoachInvestigationScreen() {
  const t = useMessages(materialMessages);
  return (
    <ClientSubPage title={(name) => t('coachMat.zkm.of', { name })}>
      {(context) => <Investigation {...context} />}
    </ClientSubPage>
  );
}

function Comparison({ clientId }: SubPageContext) {
  const t = useMessages(materialMessages);
  const id = useRoute().params.investigationId ?? '';
  const pair = useInvestigationPair(id, clientId);
  const titleOf = useInvestigationTitle();
  return (
    <InvestigationGate result={pair}>
      {({ current, previous }) => (
        <>
          <p>
            <a href={`/coach/clients/${clientId}/zkm/${id}`}>{titleOf(current.investigation)}</a>
          </p>
          <p class="coach-zkm-title">
            {t('coachMat.zkm.compareTitle', { title: titleOf(current.investigation) })}
          </p>
          {previous ? (
            <ComparisonView previous={previous} current={current} />
          ) : (
            <p>{t('coachMat.zkm.none')}</p>
          )}
        </>
      )}
    </InvestigationGate>
  );
}

/** /coach/clients/:id/zkm/:investigationId/compare */
export function CoachComparisonScreen() {
  const t = useMessages(materialMessages);
  return (
    <ClientSubPage title={(name) => t('coachMat.zkm.of', { name })}>
      {(context) => <Comparison {...context} />}
    </ClientSubPage>
  );
}
