// The client's self-investigations on their own page (/coach/clients/:id/zkm): each one
// folded with its valuations (a "Note" button on each) and the way into its results and its
// comparison with the investigation it repeats, which have pages of their own.
import { useMemo, useState } from 'preact/hooks';
import type { Freshness } from '../../../domain/coach/changes';
import type { InvestigationRecord, ValuationRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import type { PickTarget } from '../notes/note-target';
import type { ClientPageData } from '../queries';
import { firstLine } from '../text';
import { materialMessages } from './messages';
import { RecordItem } from './RecordItem';

interface Props {
  data: ClientPageData;
  fresh: Map<string, Freshness>;
  notesPerTarget: Map<string, number>;
  onNote: PickTarget;
}

/** The self-investigations, each folded with its valuations and links. */
export function ZkmSlot(props: Props) {
  const t = useMessages(materialMessages);
  const { data } = props;
  const byInvestigation = useMemo(() => {
    const groups = new Map<string, ValuationRecord[]>();
    for (const valuation of data.valuations) {
      const group = groups.get(valuation.investigationId) ?? [];
      group.push(valuation);
      groups.set(valuation.investigationId, group);
    }
    for (const group of groups.values()) group.sort((a, b) => a.order - b.order);
    return groups;
  }, [data.valuations]);
  return (
    <section aria-labelledby="slot-zkm" class="coach-section" data-slot="zkm-views">
      <h2 id="slot-zkm">{t('coach.type.investigations')}</h2>
      <p>{t('coach.material.total', { count: data.investigations.length })}</p>
      {data.investigations.map((investigation) => (
        <InvestigationDetails
          key={investigation.id}
          {...props}
          investigation={investigation}
          valuations={byInvestigation.get(investigation.id) ?? []}
        />
      ))}
    </section>
  );
}

/** One investigation as a disclosure with its links; its valuations render once it is opened. */
function InvestigationDetails({
  data,
  fresh,
  notesPerTarget,
  onNote,
  investigation,
  valuations,
}: Props & { investigation: InvestigationRecord; valuations: ValuationRecord[] }) {
  const t = useMessages(materialMessages);
  const { dateTime } = useI18n();
  // A closed disclosure shows nothing of its list: rendering dozens of valuations with their
  // buttons up front would only slow the page down.
  const [open, setOpen] = useState(false);
  const title =
    investigation.title ||
    t('coach.zkm.untitled', { date: dateTime(investigation.startedAt, false) });
  return (
    <details class="coach-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {title} · {t('coach.zkm.valuations', { count: valuations.length })}
        {fresh.get(investigation.id) && <span class="badge fresh">{t('coach.fresh.updated')}</span>}
      </summary>
      <div class="actions">
        <a class="button" href={`/coach/clients/${data.client.id}/zkm/${investigation.id}`}>
          {t('coach.clients.open')}: {title}
        </a>
        {investigation.previousInvestigationId && (
          <a
            class="button"
            href={`/coach/clients/${data.client.id}/zkm/${investigation.id}/compare`}
          >
            {t('coachMat.zkm.compare')}
          </a>
        )}
      </div>
      {open && (
        <ul class="record-list">
          {valuations.map((valuation) => (
            <RecordItem
              key={valuation.id}
              target={{
                type: 'valuations',
                id: valuation.id,
                label: firstLine(valuation.text, 60),
              }}
              text={valuation.text}
              fresh={fresh.get(valuation.id)}
              notes={notesPerTarget.get(valuation.id) ?? 0}
              onNote={onNote}
            />
          ))}
        </ul>
      )}
    </details>
  );
}
