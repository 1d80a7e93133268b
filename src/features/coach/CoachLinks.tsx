// The coach's own ways around: clients, notes search, and the client's workbook view.
import { useMessages } from '../../i18n/context';
import { coachMessages } from './messages';

/** Links between the coach screens. */
export function CoachLinks() {
  const t = useMessages(coachMessages);
  return (
    <nav class="actions coach-links" aria-label={t('coach.links.label')}>
      <a class="button" href="/coach">
        {t('coach.clients.title')}
      </a>
      <a class="button" href="/coach/notes">
        {t('coach.notes.searchAll')}
      </a>
      <a class="button" href="/coach/workbook">
        {t('coach.workbook.title')}
      </a>
    </nav>
  );
}
