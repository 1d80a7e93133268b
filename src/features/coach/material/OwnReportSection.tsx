// The client's own report (their account of the trajectory), shown read-only as written.
import type { OwnReportRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { materialMessages } from './messages';

/** The client's own report(s). */
export function OwnReportSection(props: { reports: OwnReportRecord[] }) {
  const t = useMessages(materialMessages);
  const { dateTime } = useI18n();
  return (
    <section aria-labelledby="own-report-title" class="coach-section">
      <h2 id="own-report-title">{t('coach.type.ownReports')}</h2>
      {props.reports.length === 0 && <p class="muted">{t('coach.ownReport.none')}</p>}
      {props.reports.map((report) => (
        <article key={report.id} class="own-report">
          <h3>{report.title || t('coach.ownReport.untitled')}</h3>
          <p class="muted">{t('coach.ownReport.updated', { date: dateTime(report.updatedAt) })}</p>
          {report.sections.map((section, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id; in this read-only view their position is their identity.
            <div key={index}>
              {section.prompt && <h4>{section.prompt}</h4>}
              <p class="record-text">{section.text}</p>
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
