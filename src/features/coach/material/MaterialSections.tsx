// The client's material on their page: per kind a count, the newest items with a "Note"
// button, and the way into the full read-only views (the diary timeline with its search and
// filters, each self-investigation's results and comparison, the focusing history and
// insight), which live on their own pages under /coach/clients/:id/.
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

/** The diary, ZKM and focusing slots. */
export function MaterialSections(props: Props) {
  return (
    <>
      <DiarySlot {...props} />
      <ZkmSlot {...props} />
      <FocusingSlot {...props} />
    </>
  );
}

function DiarySlot({ data, fresh, notesPerTarget, onNote }: Props) {
  const t = useMessages(materialMessages);
  const { dateTime } = useI18n();
  return (
    <section aria-labelledby="slot-diary" class="coach-section" data-slot="diary-timeline">
      <h2 id="slot-diary">{t('coach.type.diaryEntries')}</h2>
      <p>{t('coach.material.total', { count: data.counts.diaryEntries ?? 0 })}</p>
      <div class="actions">
        <a class="button" href={`/coach/clients/${data.client.id}/diary`}>
          {t('coachMat.diary.open')}
        </a>
        <a class="button" href={`/coach/clients/${data.client.id}/diary/insight`}>
          {t('coachMat.diary.insight')}
        </a>
      </div>
      {data.diary.length > 0 && <h3 class="small-heading">{t('coach.material.newest')}</h3>}
      <ul class="record-list">
        {data.diary.map((entry) => (
          <RecordItem
            key={entry.id}
            target={{
              type: 'diaryEntries',
              id: entry.id,
              label: t('coach.target.diaryOf', { date: dateTime(entry.occurredAt) }),
            }}
            date={entry.occurredAt}
            text={firstLine(entry.situation)}
            fresh={fresh.get(entry.id)}
            notes={notesPerTarget.get(entry.id) ?? 0}
            onNote={onNote}
          />
        ))}
      </ul>
    </section>
  );
}

function ZkmSlot(props: Props) {
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

function FocusingSlot({ data, fresh, notesPerTarget, onNote }: Props) {
  const t = useMessages(materialMessages);
  const { dateTime } = useI18n();
  return (
    <section aria-labelledby="slot-focusing" class="coach-section" data-slot="focusing-history">
      <h2 id="slot-focusing">{t('coach.type.focusingSessions')}</h2>
      <p>{t('coach.material.total', { count: data.counts.focusingSessions ?? 0 })}</p>
      <div class="actions">
        <a class="button" href={`/coach/clients/${data.client.id}/focusing`}>
          {t('coachMat.focusing.open')}
        </a>
        <a class="button" href={`/coach/clients/${data.client.id}/focusing/insight`}>
          {t('coachMat.focusing.insight')}
        </a>
      </div>
      {data.focusing.length > 0 && <h3 class="small-heading">{t('coach.material.newest')}</h3>}
      <ul class="record-list">
        {data.focusing.map((session) => (
          <RecordItem
            key={session.id}
            target={{
              type: 'focusingSessions',
              id: session.id,
              label: t('coach.target.focusingOf', { date: dateTime(session.occurredAt) }),
            }}
            date={session.occurredAt}
            text={firstLine(session.chosenConcern || session.handle || session.receiving)}
            fresh={fresh.get(session.id)}
            notes={notesPerTarget.get(session.id) ?? 0}
            onNote={onNote}
          />
        ))}
      </ul>
    </section>
  );
}
