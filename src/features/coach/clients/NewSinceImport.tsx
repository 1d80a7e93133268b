// The dashboard's top: what the newest import brought, with the new and changed records.
import type { ImportLogRow } from '../../../db/database';
import { useI18n, useMessages } from '../../../i18n/context';
import { typeLabel } from '../labels';
import type { TypedRecord } from '../queries';
import { recordDate, recordPreview } from '../text';
import { ChangeLine } from './ChangeLine';
import { clientsMessages } from './messages';

/** "New since the last import": the import, its changes, and `records` (see freshRecords). */
export function NewSinceImport(props: {
  latest: ImportLogRow | undefined;
  records: readonly TypedRecord[];
}) {
  const t = useMessages(clientsMessages);
  const { dateTime } = useI18n();
  const { latest, records } = props;
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
      <ChangeLine log={latest} />
      {records.length > 0 && (
        <ul class="record-list">
          {records.map(({ type, record }) => (
            <li key={record.id} class="record-item">
              <div>
                <span class="badge fresh">{t(typeLabel[type])}</span>{' '}
                <time dateTime={recordDate(record)}>{dateTime(recordDate(record))}</time>
              </div>
              <p class="record-text">{recordPreview(type, record) || t('coach.noText')}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
