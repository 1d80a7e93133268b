// What is open: the coach's assignments whose period still runs, unfinished focusing sessions,
// a self-investigation with ratings still to give, and diary drafts, each a link to where the
// client goes on with it. Renders nothing when nothing is open.
import { storedDay } from '../../domain/dates';
import { useI18n, useMessages } from '../../i18n/context';
import { pluralForm } from '../../i18n/translate';
import type { OpenItem } from './glance-data';
import { glanceMessages } from './glance-messages';

const rateKey = {
  one: 'home.glance.open.rate.one',
  other: 'home.glance.open.rate.other',
} as const;

/** Where to continue an open item, and what the link says. */
function useOpenLink(): (item: OpenItem) => { href: string; text: string } {
  const t = useMessages(glanceMessages);
  const { t: tApp, dateTime, day, language } = useI18n();
  return (item) => {
    switch (item.kind) {
      case 'assignment':
        return {
          href: '/coach/workbook',
          text: item.endsOn
            ? t('home.glance.open.assignmentUntil', {
                title: item.title,
                date: day(storedDay(item.endsOn)),
              })
            : t('home.glance.open.assignment', { title: item.title }),
        };
      case 'focusing':
        return {
          href: `/focusing/new?id=${item.id}`,
          text: tApp('home.resumeFocusing', { date: dateTime(item.occurredAt) }),
        };
      case 'investigation':
        return item.toRate !== undefined && item.toRate > 0
          ? {
              href: `/zkm/${item.id}/rate`,
              text: t(rateKey[pluralForm(language, item.toRate)], {
                date: dateTime(item.startedAt, false),
                count: item.toRate,
              }),
            }
          : {
              href: `/zkm/${item.id}`,
              text: tApp('home.resumeInvestigation', { date: dateTime(item.startedAt, false) }),
            };
      case 'draft':
        return item.target.kind === 'new'
          ? {
              href: '/diary/new',
              text: t('home.glance.open.draftNew', { date: dateTime(item.savedAt) }),
            }
          : {
              href: `/diary/${item.target.id}/edit`,
              text: t('home.glance.open.draftEdit', { date: dateTime(item.savedAt) }),
            };
    }
  };
}

/** The open work as a list of links, or nothing. */
export function OpenWork(props: { items: readonly OpenItem[] }) {
  const { t } = useI18n();
  const link = useOpenLink();
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="home-unfinished" class="home-unfinished">
      <h2 id="home-unfinished">{t('home.unfinished')}</h2>
      <ul class="home-list">
        {props.items.map((item) => {
          const { href, text } = link(item);
          return (
            <li key={`${item.kind}:${'id' in item ? item.id : href}`}>
              <a href={href}>{text}</a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
