// One investigation as plain tables for the report: per valuation (and general and ideal
// feeling) the indices, type, GEN and IDEAL, then the spread of types. Dutch labels Z and A.
import type { ReportInvestigation } from '../../domain/coach/report';
import { indexLabel, motiveLabel, signLabel, valuationTypeLabel } from '../../domain/zkm/labels';
import type { ProfileSummary } from '../../domain/zkm/profile-summary';
import { MOTIVES, SIGNS } from '../../domain/zkm/valuation-type';
import { useI18n, useMessages } from '../../i18n/context';
import { coachMessages } from './messages';

/** The report tables of one investigation. */
export function ZkmReportTable(props: { item: ReportInvestigation; headingId: string }) {
  const t = useMessages(coachMessages);
  const { language, dateTime } = useI18n();
  const { investigation, summary } = props.item;
  const r = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const correlation = (value: number | null) =>
    value === null ? t('coach.report.na') : r.format(value);
  const row = (label: string, profile: ProfileSummary, key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {profile.complete ? (
        <>
          <td>{profile.indices.S}</td>
          <td>{profile.indices.O}</td>
          <td>{profile.indices.P}</td>
          <td>{profile.indices.N}</td>
          <td>{valuationTypeLabel(profile.type, language)}</td>
          <td>{correlation(profile.gen)}</td>
          <td>{correlation(profile.ideal)}</td>
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
      <section class="table-scroll" aria-labelledby={`${props.headingId}-indices`}>
        <table>
          <caption id={`${props.headingId}-indices`}>
            {t('coach.report.indicesCaption', { title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('coach.report.valuation')}</th>
              <th scope="col">{indexLabel('S', language)}</th>
              <th scope="col">{indexLabel('O', language)}</th>
              <th scope="col">{indexLabel('P', language)}</th>
              <th scope="col">{indexLabel('N', language)}</th>
              <th scope="col">{t('coach.report.type')}</th>
              <th scope="col">GEN</th>
              <th scope="col">IDEAL</th>
            </tr>
          </thead>
          <tbody>
            {row(t('coach.report.general'), summary.generalFeeling, 'general')}
            {row(t('coach.report.ideal'), summary.idealFeeling, 'ideal')}
            {summary.valuations.map((v) => row(v.text, v, v.id))}
          </tbody>
        </table>
      </section>
      <section class="table-scroll" aria-labelledby={`${props.headingId}-spread`}>
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
    </div>
  );
}
