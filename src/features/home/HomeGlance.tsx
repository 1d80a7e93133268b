// Home at a glance: the week as a strip of seven days (what was written on each, the strongest
// feeling as a small bar), and one line of trend over the last weeks. Each day reads as one
// sentence to a screen reader; the marks are only its picture. Nothing here scores or judges.
import { type DayKey, dayKeyOf, formatDay } from '../../domain/dates';
import {
  formsPerWeek,
  type GlanceDiary,
  type GlanceSession,
  type StripDay,
  TREND_WEEKS,
  trendHasData,
  weekOf,
  weekStrip,
} from '../../domain/home/glance';
import { useI18n, useMessages } from '../../i18n/context';
import { pluralForm } from '../../i18n/translate';
import { glanceMessages } from './glance-messages';

const diaryKey = {
  one: 'home.glance.diary.one',
  other: 'home.glance.diary.other',
} as const;
const focusingKey = {
  one: 'home.glance.focusing.one',
  other: 'home.glance.focusing.other',
} as const;

/** The week strip of `today`'s week, from the forms and sessions read for it. */
export function WeekStrip(props: {
  today: DayKey;
  diary: readonly GlanceDiary[];
  sessions: readonly GlanceSession[];
}) {
  const t = useMessages(glanceMessages);
  const { language, locale } = useI18n();
  const strip = weekStrip(props.today, props.diary, props.sessions);
  const week = weekOf(props.today);
  // Example records count like the user's own; home only says that some are there.
  const example = [...props.diary, ...props.sessions].some(
    (record) => record.example === true && week.includes(dayKeyOf(record.occurredAt)),
  );

  const sentence = (day: StripDay): string => {
    const name = formatDay(day.day, locale, { weekday: 'long', day: 'numeric', month: 'long' });
    const label = day.today ? t('home.glance.dayToday', { day: name }) : name;
    if (day.day > props.today) return t('home.glance.ahead', { day: label });
    const parts = [
      day.diaryForms === 0
        ? t('home.glance.diary.none')
        : t(diaryKey[pluralForm(language, day.diaryForms)], { count: day.diaryForms }),
      day.focusingSessions === 0
        ? t('home.glance.focusing.none')
        : t(focusingKey[pluralForm(language, day.focusingSessions)], {
            count: day.focusingSessions,
          }),
    ];
    if (day.strongestFeeling !== undefined) {
      parts.push(t('home.glance.feeling', { value: day.strongestFeeling }));
    }
    return `${label}: ${parts.join(', ')}`;
  };

  return (
    <section aria-labelledby="home-week" class="home-glance">
      <h2 id="home-week">{t('home.glance.week')}</h2>
      <ol class="week-strip">
        {strip.map((day, index) => (
          <li
            key={day.day}
            class={`week-day${day.today ? ' today' : ''}${day.day > props.today ? ' ahead' : ''}`}
            aria-current={day.today ? 'date' : undefined}
          >
            <span class="visually-hidden">{sentence(day)}</span>
            <span class="week-day-picture" aria-hidden="true">
              <span class="week-day-name">
                {formatDay(week[index] ?? day.day, locale, { weekday: 'narrow' })}
              </span>
              <span class="week-day-number">{formatDay(day.day, locale, { day: 'numeric' })}</span>
              <span class="week-day-marks">
                {day.diaryForms > 0 && <span class="mark-diary" />}
                {day.focusingSessions > 0 && <span class="mark-focusing" />}
              </span>
              <span class="week-day-feeling">
                {day.strongestFeeling !== undefined && (
                  <span
                    class="feeling-bar"
                    // 0 is a feeling of 0: no bar (the sentence for screen readers says 0).
                    style={{ height: `${day.strongestFeeling * 10}%` }}
                  />
                )}
              </span>
            </span>
          </li>
        ))}
      </ol>
      <p class="muted small" aria-hidden="true">
        {t('home.glance.legend')}
      </p>
      {example && <p class="muted small">{t('home.glance.example')}</p>}
    </section>
  );
}

/** One line of trend: diary forms per week over the last weeks, or a gentle word if too few. */
export function TrendLine(props: { today: DayKey; diary: readonly GlanceDiary[] }) {
  const t = useMessages(glanceMessages);
  const counts = formsPerWeek(props.today, props.diary);
  const highest = Math.max(1, ...counts);
  return (
    <section aria-labelledby="home-trend" class="home-glance">
      <h2 id="home-trend">{t('home.glance.trend')}</h2>
      {trendHasData(counts) ? (
        <div class="trend">
          <span class="trend-bars" aria-hidden="true">
            {counts.map((count, index) => (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: the weeks are fixed positions
                key={index}
                // This week is still under way: drawn lighter, so a Monday's low bar does not
                // read as a drop.
                class={index === counts.length - 1 ? 'trend-bar trend-bar-current' : 'trend-bar'}
                style={{ height: `${Math.max(4, (count / highest) * 100)}%` }}
              />
            ))}
          </span>
          <p class="trend-text">
            {t('home.glance.trendText', {
              counts: counts.join(', '),
              weeks: TREND_WEEKS,
            })}
          </p>
        </div>
      ) : (
        <p class="muted">{t('home.glance.trendSoon')}</p>
      )}
    </section>
  );
}
