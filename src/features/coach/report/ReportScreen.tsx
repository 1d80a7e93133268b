// The printable report of one client for a date range (A4 print stylesheet in coach.css),
// and CSV exports of diary entries and ZKM ratings for the coach's own analysis.
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { clientName } from '../../../db/clients';
import { useLiveQuery } from '../../../db/live';
import { diaryCsv, termLabelsOf } from '../../../domain/coach/diary-csv';
import { buildReport, type DayRange, isValidRange } from '../../../domain/coach/report';
import { zkmRatingsCsv } from '../../../domain/coach/zkm-csv';
import { addMonths, dayKeyOf, isDayKey } from '../../../domain/dates';
import { defaultAffectList } from '../../../domain/zkm/default-affect-list';
import { useI18n, useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { Field } from '../../../ui/Field';
import { LiveGate } from '../../../ui/LiveGate';
import { ClientCrumbs } from '../ClientCrumbs';
import { download, fileSlug } from '../download';
import { phaseLabel, targetLabel } from '../labels';
import { loadForReport } from '../queries';
import { UnknownClient } from '../UnknownClient';
import { DiaryDigestTables, FocusingDigestTables } from './DigestTables';
import { reportMessages } from './messages';
import { PrintedDiaryForms } from './PrintedDiaryForms';
import { cleanContents, ReportContentsForm } from './ReportContentsForm';
import { type ReportPart, useReportContents } from './report-contents';
import { ThenAndNow } from './ThenAndNow';
import { ZkmReportTable } from './ZkmReportTable';
import '../coach.css';

/** The report at /coach/clients/:id/report. */
export default function ReportScreen() {
  const t = useMessages(reportMessages);
  const { language, dateTime, day } = useI18n();
  const { params } = useRoute();
  const id = params.id ?? '';
  const today = new Date();
  const [range, setRange] = useState<DayRange>({
    from: addMonths(dayKeyOf(today), -3),
    to: dayKeyOf(today),
  });
  const data = useLiveQuery(() => loadForReport(id), [id]);
  const contentsDraft = useReportContents(id);
  const { settings } = useSettings();

  return (
    <LiveGate result={data} loading={t('coach.loading')}>
      {(records) => {
        const contents = cleanContents(contentsDraft.value);
        const shows = (part: ReportPart) => !contents.omitted.includes(part);
        if (!records.client) return <UnknownClient />;
        const name = clientName(records.client);
        const valid = isValidRange(range);
        const model = valid ? buildReport({ ...records, range }) : undefined;
        const slug = fileSlug(name);
        const dayText = (value: string) => (isDayKey(value) ? day(value) : value);

        return (
          <article class="coach coach-report" aria-labelledby="report-title">
            <ClientCrumbs clientId={id} name={name} current={t('coach.report.crumb')} noPrint />
            <header class="report-cover">
              <h1 id="report-title">{t('coach.report.title', { name })}</h1>
              {model && (
                <p class="report-period">
                  {t('coach.report.period', { from: dayText(range.from), to: dayText(range.to) })}
                </p>
              )}
              {settings.displayName && (
                <p>{t('coach.report.coach', { name: settings.displayName })}</p>
              )}
              <p>{t('coach.report.made', { date: dateTime(new Date().toISOString(), false) })}</p>
            </header>
            <div class="no-print">
              <fieldset class="coach-row">
                <legend>{t('coach.report.rangeLegend')}</legend>
                <Field id="report-from" label={t('coach.assignments.from')}>
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      value={range.from}
                      onInput={(e) => setRange({ ...range, from: e.currentTarget.value })}
                    />
                  )}
                </Field>
                <Field
                  id="report-to"
                  label={t('coach.assignments.to')}
                  error={valid ? '' : t('coach.report.rangeInvalid')}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      value={range.to}
                      onInput={(e) => setRange({ ...range, to: e.currentTarget.value })}
                    />
                  )}
                </Field>
              </fieldset>
              <div class="actions">
                <button
                  type="button"
                  class="button primary"
                  disabled={!valid}
                  onClick={() => window.print()}
                >
                  {t('coach.report.print')}
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={() =>
                    download(
                      diaryCsv(records.diary, {
                        themes: records.themes,
                        valuations: records.valuations,
                        language,
                        termLabels: termLabelsOf(
                          [defaultAffectList, ...records.investigations.map((i) => i.affectList)],
                          language,
                        ),
                      }),
                      `koers-${slug}-diary.csv`,
                      'text/csv;charset=utf-8',
                    )
                  }
                >
                  {t('coach.report.csvDiary')}
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={() =>
                    download(
                      zkmRatingsCsv(records.investigations, records.valuations, language),
                      `koers-${slug}-zkm-ratings.csv`,
                      'text/csv;charset=utf-8',
                    )
                  }
                >
                  {t('coach.report.csvZkm')}
                </button>
              </div>
              {model && (
                <ReportContentsForm
                  contents={contents}
                  onChange={contentsDraft.set}
                  diary={[...model.diaryForms].reverse()}
                />
              )}
            </div>
            {model && (
              <>
                <section class="report-section first" aria-labelledby="report-summary">
                  <h2 id="report-summary">{t('coach.report.summary')}</h2>
                  <dl class="counts">
                    <div>
                      <dt>{t('coach.type.diaryEntries')}</dt>
                      <dd>{model.summary.diaryEntries}</dd>
                    </div>
                    <div>
                      <dt>{t('coach.type.focusingSessions')}</dt>
                      <dd>{model.summary.focusingSessions}</dd>
                    </div>
                    <div>
                      <dt>{t('coach.type.investigations')}</dt>
                      <dd>{model.summary.investigations}</dd>
                    </div>
                    <div>
                      <dt>{t('coach.type.themes')}</dt>
                      <dd>{model.summary.activeThemes}</dd>
                    </div>
                  </dl>
                  {shows('themes') && model.themes.length > 0 && (
                    <table>
                      <caption>{t('coach.report.themesCaption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('coach.report.theme')}</th>
                          <th scope="col">{t('coach.report.phase')}</th>
                          <th scope="col">{t('coach.report.since')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {model.themes.map((theme) => (
                          <tr key={theme.id}>
                            <th scope="row">{theme.title}</th>
                            <td>{t(phaseLabel[theme.phase])}</td>
                            <td>
                              {dateTime(theme.phaseHistory.at(-1)?.since ?? theme.createdAt, false)}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
                {shows('zkm') && (
                  <section class="report-section" aria-labelledby="report-zkm">
                    <h2 id="report-zkm">{t('coach.report.zkm')}</h2>
                    {model.investigations.length === 0 && (
                      <p>{t('coach.report.noInvestigations')}</p>
                    )}
                    {model.investigations.map((item, index) => (
                      <ZkmReportTable
                        key={item.investigation.id}
                        item={item}
                        headingId={`report-inv-${index}`}
                      />
                    ))}
                  </section>
                )}
                {shows('thenAndNow') && model.investigations.some((item) => item.comparison) && (
                  <section class="report-section" aria-labelledby="report-then-now">
                    <h2 id="report-then-now">{t('coach.report.part.thenAndNow')}</h2>
                    {model.investigations.map((item, index) =>
                      item.comparison ? (
                        <div key={item.investigation.id}>
                          <h3>
                            {t('coach.report.thenAndNow', {
                              title:
                                item.investigation.title ||
                                dateTime(item.investigation.startedAt, false),
                            })}
                          </h3>
                          <ThenAndNow
                            comparison={item.comparison}
                            headingId={`report-then-now-${index}`}
                          />
                        </div>
                      ) : null,
                    )}
                  </section>
                )}
                {shows('diaryDigest') && (
                  <section class="report-section" aria-labelledby="report-diary">
                    <h2 id="report-diary">{t('coach.report.diary')}</h2>
                    <DiaryDigestTables digest={model.diary} />
                  </section>
                )}
                {shows('diaryForms') && (
                  <section class="report-section" aria-labelledby="report-diary-forms">
                    <h2 id="report-diary-forms">{t('coach.report.diaryForms')}</h2>
                    <PrintedDiaryForms
                      entries={model.diaryForms.filter((entry) =>
                        contents.diaryIds.includes(entry.id),
                      )}
                    />
                  </section>
                )}
                {shows('focusing') && (
                  <section class="report-section" aria-labelledby="report-focusing">
                    <h2 id="report-focusing">{t('coach.report.focusing')}</h2>
                    <FocusingDigestTables digest={model.focusing} />
                  </section>
                )}
                {shows('ownReport') && (
                  <section class="report-section" aria-labelledby="report-own">
                    <h2 id="report-own">{t('coach.report.ownReport')}</h2>
                    {model.ownReports.length === 0 && <p>{t('coach.report.noOwnReport')}</p>}
                    {model.ownReports.map((report) => (
                      <article key={report.id} class="report-own">
                        {report.title && <h3>{report.title}</h3>}
                        {report.sections.map((section, index) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id; in this printout their position is their identity.
                          <div key={index} class="report-note">
                            {section.prompt &&
                              // Under the report's title a prompt is a level below it; without
                              // a title it is the next level under the section.
                              (report.title ? (
                                <h4>{section.prompt}</h4>
                              ) : (
                                <h3>{section.prompt}</h3>
                              ))}
                            <p class="record-text">{section.text}</p>
                          </div>
                        ))}
                      </article>
                    ))}
                  </section>
                )}
                {shows('notes') && (
                  <section class="report-section" aria-labelledby="report-notes">
                    <h2 id="report-notes">{t('coach.report.notes')}</h2>
                    {model.notes.length === 0 && <p>{t('coach.report.noNotes')}</p>}
                    {model.notes.map((note) => (
                      <div key={note.id} class="report-note">
                        <p class="muted">
                          {dateTime(note.createdAt, false)}
                          {note.targetType &&
                            ` · ${t(targetLabel[note.targetType] ?? 'coach.target.record')}`}
                        </p>
                        <p class="record-text">{note.text}</p>
                      </div>
                    ))}
                  </section>
                )}
              </>
            )}
          </article>
        );
      }}
    </LiveGate>
  );
}
