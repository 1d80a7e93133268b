// PLACEHOLDER SLOTS for the client's material (issue 7 point 2). The diary timeline, the ZKM
// views and the focusing history are built by the diary, zkm and focusing features and will be
// wired in here through their public entry points. Until then each slot shows a count and the
// newest items, read straight from the tables, each with a "Note" button.
import type { Freshness } from '../../domain/coach/changes';
import { useI18n, useMessages } from '../../i18n/context';
import { coachMessages } from './messages';
import type { PickTarget } from './note-target';
import type { ClientPageData } from './queries';
import { RecordItem } from './RecordItem';
import { firstLine } from './text';

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
  const t = useMessages(coachMessages);
  const { dateTime } = useI18n();
  return (
    <section aria-labelledby="slot-diary" class="coach-section" data-slot="diary-timeline">
      <h2 id="slot-diary">{t('coach.type.diaryEntries')}</h2>
      <p>{t('coach.material.total', { count: data.counts.diaryEntries ?? 0 })}</p>
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

function ZkmSlot({ data, fresh, notesPerTarget, onNote }: Props) {
  const t = useMessages(coachMessages);
  const { dateTime } = useI18n();
  return (
    <section aria-labelledby="slot-zkm" class="coach-section" data-slot="zkm-views">
      <h2 id="slot-zkm">{t('coach.type.investigations')}</h2>
      <p>{t('coach.material.total', { count: data.investigations.length })}</p>
      {data.investigations.map((investigation) => {
        const valuations = data.valuations
          .filter((v) => v.investigationId === investigation.id)
          .sort((a, b) => a.order - b.order);
        const title =
          investigation.title ||
          t('coach.zkm.untitled', { date: dateTime(investigation.startedAt, false) });
        return (
          <details key={investigation.id} class="coach-details">
            <summary>
              {title} · {t('coach.zkm.valuations', { count: valuations.length })}
              {fresh.get(investigation.id) && (
                <span class="badge fresh">{t('coach.fresh.updated')}</span>
              )}
            </summary>
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
          </details>
        );
      })}
    </section>
  );
}

function FocusingSlot({ data, fresh, notesPerTarget, onNote }: Props) {
  const t = useMessages(coachMessages);
  const { dateTime } = useI18n();
  return (
    <section aria-labelledby="slot-focusing" class="coach-section" data-slot="focusing-history">
      <h2 id="slot-focusing">{t('coach.type.focusingSessions')}</h2>
      <p>{t('coach.material.total', { count: data.counts.focusingSessions ?? 0 })}</p>
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
