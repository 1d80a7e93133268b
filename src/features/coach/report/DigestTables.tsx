// The diary and focusing digests of the report as small tables.
import type { DiaryDigest, FocusingDigest, Range } from '../../../domain/coach/digest';
import { useMessages } from '../../../i18n/context';
import { areaLabel, distanceLabel, phaseLabel } from '../labels';
import { reportMessages } from './messages';

function useRangeText() {
  const t = useMessages(reportMessages);
  return (range: Range) =>
    range ? t('coach.report.range', { min: range.min, max: range.max }) : t('coach.report.none');
}

/** The diary digest. */
export function DiaryDigestTables(props: { digest: DiaryDigest }) {
  const t = useMessages(reportMessages);
  const rangeText = useRangeText();
  const d = props.digest;
  return (
    <>
      <p>{t('coach.report.diaryTotal', { count: d.total })}</p>
      <table>
        <caption>{t('coach.report.perArea')}</caption>
        <tbody>
          {(['home', 'work', 'other', 'unspecified'] as const).map((area) => (
            <tr key={area}>
              <th scope="row">{t(areaLabel[area])}</th>
              <td>{d.perArea[area]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('coach.report.perPhase')}</caption>
        <tbody>
          {(['attending', 'creating', 'anchoring'] as const).map((phase) => (
            <tr key={phase}>
              <th scope="row">{t(phaseLabel[phase])}</th>
              <td>{d.perPhase[phase]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('coach.unspecified')}</th>
            <td>{d.perPhase.unspecified}</td>
          </tr>
        </tbody>
      </table>
      <p>
        {t('coach.report.feelingIntensity')}: {rangeText(d.feelingIntensity)}
      </p>
      <p>
        {t('coach.report.themeStrength')}: {rangeText(d.themeStrength)}
      </p>
    </>
  );
}

/** The focusing digest. */
export function FocusingDigestTables(props: { digest: FocusingDigest }) {
  const t = useMessages(reportMessages);
  const rangeText = useRangeText();
  const d = props.digest;
  return (
    <>
      <p>{t('coach.report.focusingTotal', { count: d.total, minutes: d.totalMinutes })}</p>
      <table>
        <caption>{t('coach.report.distance')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('coach.report.atStart')}</th>
            <th scope="col">{t('coach.report.atEnd')}</th>
          </tr>
        </thead>
        <tbody>
          {(['too-close', 'right', 'too-far', 'unspecified'] as const).map((distance) => (
            <tr key={distance}>
              <th scope="row">{t(distanceLabel[distance])}</th>
              <td>{d.distanceStart[distance]}</td>
              <td>{d.distanceEnd[distance]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('coach.report.feltShift')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('coach.yes')}</th>
            <td>{d.feltShift.yes}</td>
          </tr>
          <tr>
            <th scope="row">{t('coach.no')}</th>
            <td>{d.feltShift.no}</td>
          </tr>
          <tr>
            <th scope="row">{t('coach.unspecified')}</th>
            <td>{d.feltShift.unspecified}</td>
          </tr>
        </tbody>
      </table>
      <p>
        {t('coach.report.intensityBefore')}: {rangeText(d.intensityBefore)}
      </p>
      <p>
        {t('coach.report.intensityAfter')}: {rangeText(d.intensityAfter)}
      </p>
    </>
  );
}
