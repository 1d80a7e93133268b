// One investigation as plain tables for the report: per valuation (and general and ideal
// feeling) its number (the label of its point in the scatter charts), the indices, type, GEN
// and IDEAL, then the spread of types, then the charts (ZkmReportCharts). Dutch labels Z, A.
import type { ReportInvestigation } from '../../../domain/coach/report';
import { indexLabel, motiveLabel, signLabel, valuationTypeLabel } from '../../../domain/zkm/labels';
import type { ProfileSummary } from '../../../domain/zkm/profile-summary';
import { MOTIVES, SIGNS } from '../../../domain/zkm/valuation-type';
import { useI18n, useMessages } from '../../../i18n/context';
import { reportMessages } from './messages';
import { PrintoutTables } from './PrintoutTables';
import { ZkmReportCharts } from './ZkmReportCharts';

/** The report tables and charts of one investigation. */
export function ZkmReportTable(props: { item: ReportInvestigation; headingId: string }) {
  const t = useMessages(reportMessages);
  const { language, dateTime } = useI18n();
  const { investigation, summary } = props.item;
  const r = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const n = new Intl.NumberFormat(language);
  const correlation = (value: number | null) =>
    value === null ? t('coach.report.na') : r.format(value);
  // GEN of the general feeling and IDEAL of the ideal feeling are r with themselves: "—".
  const row = (
    number: number | undefined,
    label: string,
    profile: ProfileSummary,
    key: string,
    self?: 'gen' | 'ideal',
  ) => (
    <tr key={key}>
      <td>{number === undefined ? '' : n.format(number)}</td>
      <th scope="row">{label}</th>
      {profile.complete ? (
        <>
          <td>{profile.indices.S}</td>
          <td>{profile.indices.O}</td>
          <td>{profile.indices.P}</td>
          <td>{profile.indices.N}</td>
          <td>{valuationTypeLabel(profile.type, language)}</td>
          <td>{self === 'gen' ? '—' : correlation(profile.gen)}</td>
          <td>{self === 'ideal' ? '—' : correlation(profile.ideal)}</td>
        </>
      ) : (
        <td colSpan={7}>{t('coach.report.incomplete')}</td>
      )}
    </tr>
  );
  const title =
    investigation.title ||
    t('coach.zkm.untitled', { date: dateTime(investigation.startedAt, false) });
  return (
    <div class="report-block">
      <h3 id={props.headingId}>{title}</h3>
      <p class="muted">
        {investigation.kind === 're'
          ? t('coach.report.reInvestigation')
          : t('coach.report.firstInvestigation')}
        {' · '}
        {investigation.affectList.name}
      </p>
      {/* A named region: Chromium lets the keyboard scroll a table wider than a phone. */}
      {/* Focusable: headers keep whole words, so a wide table scrolls inside its region. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access */}
      <section class="table-scroll" aria-labelledby={`${props.headingId}-indices`} tabIndex={0}>
        <table>
          <caption id={`${props.headingId}-indices`}>
            {t('coach.report.indicesCaption', { title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('coach.report.number')}</th>
              <th scope="col">{t('coach.report.valuation')}</th>
              <th scope="col">{indexLabel('S', language)}</th>
              <th scope="col">{indexLabel('O', language)}</th>
              <th scope="col">{indexLabel('P', language)}</th>
              <th scope="col">{indexLabel('N', language)}</th>
              <th scope="col">{t('coach.report.type')}</th>
              <th scope="col">GEN</th>
              <th scope="col">{t('coach.report.col.ideal')}</th>
            </tr>
          </thead>
          <tbody>
            {row(undefined, t('coach.report.general'), summary.generalFeeling, 'general', 'gen')}
            {row(undefined, t('coach.report.ideal'), summary.idealFeeling, 'ideal', 'ideal')}
            {/* Numbered as the scatter charts number their points. */}
            {summary.valuations.map((v, i) => row(i + 1, v.text, v, v.id))}
          </tbody>
        </table>
      </section>
      <p class="muted">{t('coach.report.genByDefinition')}</p>
      <PrintoutTables item={props.item} idPrefix={props.headingId} />
      {/* Focusable: headers keep whole words, so a wide table scrolls inside its region. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access */}
      <section class="table-scroll" aria-labelledby={`${props.headingId}-spread`} tabIndex={0}>
        <table>
          <caption id={`${props.headingId}-spread`}>{t('coach.report.spreadCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coach.report.type')}</th>
              {SIGNS.map((sign) => (
                <th scope="col" key={sign}>
                  {signLabel(sign)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MOTIVES.map((motive) => (
              <tr key={motive}>
                <th scope="row">{motiveLabel(motive, language)}</th>
                {SIGNS.map((sign) => (
                  <td key={sign}>{summary.typeSpread.byType[`${sign}${motive}`]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ZkmReportCharts item={props.item} title={title} idPrefix={props.headingId} />
    </div>
  );
}
