// The dashboard's top: what the newest import brought, grouped per record type: the counts,
// then the newest few of each type, so a file with 33 valuations is one group, not 33 rows.
import type { ImportLogRow } from '../../../db/database';
import { summarizeChanges } from '../../../domain/coach/changes';
import type { RecordType } from '../../../domain/records/types';
import { useI18n, useMessages } from '../../../i18n/context';
import { typeLabel } from '../labels';
import type { TypedRecord } from '../queries';
import { recordDate, recordPreview } from '../text';
import { clientsMessages } from './messages';

/** How many records of one type the group shows. */
const NEWEST_PER_TYPE = 3;

/** "New since the last import": the import, and per type its counts and newest records. */
export function NewSinceImport(props: {
  latest: ImportLogRow | undefined;
  records: readonly TypedRecord[];
}) {
  const t = useMessages(clientsMessages);
  const { dateTime } = useI18n();
  const { latest, records } = props;
  const summary = latest ? summarizeChanges(latest) : undefined;
  const newestOf = (type: RecordType) =>
    records.filter((r) => r.type === type).slice(0, NEWEST_PER_TYPE);
  return (
    <section aria-labelledby="new-title" class="coach-section highlight">
      <h2 id="new-title">{t('coach.new.title')}</h2>
      {latest && (
        <p>
          {t('coach.new.imported', {
            imported: dateTime(latest.importedAt),
            made: dateTime(latest.bundleCreatedAt),
          })}
        </p>
      )}
      {!summary && <p class="muted">{t('coach.changes.noImport')}</p>}
      {summary?.total === 0 && <p class="muted">{t('coach.changes.nothing')}</p>}
      {summary && summary.total > 0 && (
        <ul class="new-groups">
          {summary.changes.map((change) => {
            const newest = newestOf(change.type);
            const shownOf = change.added + change.updated;
            return (
              <li key={change.type} class="new-group">
                <h3>
                  {t(typeLabel[change.type])}{' '}
                  <span class="muted">
                    {t('coach.changes.counts', {
                      added: change.added,
                      updated: change.updated,
                      deleted: change.deleted,
                    })}
                  </span>
                </h3>
                {newest.length > 0 && (
                  <ul class="record-list">
                    {newest.map(({ type, record }) => (
                      <li key={record.id} class="record-item">
                        <time dateTime={recordDate(record)}>{dateTime(recordDate(record))}</time>
                        <p class="record-text">
                          {recordPreview(type, record) || t('coach.noText')}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
                {shownOf > newest.length && newest.length > 0 && (
                  <p class="muted">
                    {t('coach.new.newestOf', { shown: newest.length, total: shownOf })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
