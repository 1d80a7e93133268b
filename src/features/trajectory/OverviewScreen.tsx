// The trajectory overview: the client's question for this coaching, the themes with their
// current phase, the three phases explained, and the way to the own report.
import type { OwnReportRecord, ThemeRecord } from '../../domain/records';
import {
  answeredCount,
  currentPhase,
  REPORT_PROMPTS,
  reportBegun,
  reportToForm,
} from '../../domain/trajectory';
import { useI18n, useMessages } from '../../i18n/context';
import { Loaded, PhaseBadge, PhaseExplanations, useProfileId } from './common';
import { useOwnReport, useThemes } from './data';
import { phaseName } from './labels';
import { trajectoryMessages } from './messages';
import { QuestionSection } from './QuestionEditor';
import './trajectory.css';

/** The trajectory overview screen. */
export default function OverviewScreen() {
  const t = useMessages(trajectoryMessages);
  const ownerId = useProfileId();
  return (
    <section aria-labelledby="trajectory-title" class="stack">
      <h1 id="trajectory-title">{t('trajectory.title')}</h1>
      <p>{t('trajectory.intro')}</p>
      {ownerId && <QuestionSection ownerId={ownerId} />}
      {ownerId ? <Themes ownerId={ownerId} /> : <p>{t('trajectory.noProfile')}</p>}
      <PhaseExplanations />
      {ownerId && <ReportLink ownerId={ownerId} />}
    </section>
  );
}

function Themes(props: { ownerId: string }) {
  const t = useMessages(trajectoryMessages);
  const themes = useThemes(props.ownerId);
  return (
    <section aria-labelledby="themes-title">
      <h2 id="themes-title">{t('themes.title')}</h2>
      <Loaded result={themes}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('themes.empty')}</p>
          ) : (
            <ul class="trajectory-list">
              {list.map((theme) => (
                <ThemeCard key={theme.id} theme={theme} />
              ))}
            </ul>
          )
        }
      </Loaded>
      <p class="actions">
        <a class="button primary" href="/trajectory/themes/new">
          {t('themes.new')}
        </a>
      </p>
    </section>
  );
}

function ThemeCard(props: { theme: ThemeRecord }) {
  const t = useMessages(trajectoryMessages);
  const { dateTime } = useI18n();
  const { theme } = props;
  const current = currentPhase(theme.phaseHistory);
  const done = theme.actionPoints.filter((point) => point.done).length;
  return (
    <li class="trajectory-card">
      <h3>
        <a href={`/trajectory/themes/${theme.id}`}>{theme.title}</a>
      </h3>
      <p>
        <PhaseBadge phase={theme.phase} />{' '}
        {current &&
          t('themes.phaseSince', {
            phase: t(phaseName[theme.phase]),
            date: dateTime(current.since, false),
          })}
      </p>
      {theme.actionPoints.length > 0 && (
        <p class="muted">{t('themes.actionsDone', { done, total: theme.actionPoints.length })}</p>
      )}
    </li>
  );
}

function ReportLink(props: { ownerId: string }) {
  const t = useMessages(trajectoryMessages);
  const report = useOwnReport(props.ownerId);
  return (
    <section aria-labelledby="report-link-title">
      <h2 id="report-link-title">{t('report.link')}</h2>
      <Loaded result={report}>{(value) => <ReportStatus report={value} />}</Loaded>
      <p class="actions">
        <a class="button" href="/trajectory/report">
          {t('ownReport.title')}
        </a>
      </p>
    </section>
  );
}

function ReportStatus(props: { report: OwnReportRecord | undefined }) {
  const t = useMessages(trajectoryMessages);
  const { dateTime } = useI18n();
  const form = props.report && reportToForm(props.report);
  // A report holding only the starting question is not begun yet.
  if (!props.report || !form || !reportBegun(form)) return <p>{t('report.linkNone')}</p>;
  return (
    <p>
      {t('report.linkSome', {
        count: answeredCount(form),
        total: REPORT_PROMPTS.length,
        date: dateTime(props.report.updatedAt),
      })}
    </p>
  );
}
