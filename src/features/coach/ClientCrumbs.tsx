// The breadcrumb of every coach page about one client: the clients list, the client's
// overview, and the page itself (marked as the current one).
import { useMessages } from '../../i18n/context';
import { coachMessages } from './messages';

/**
 * Clients › name › `current`; without `current` the client's overview is the current page.
 * `noPrint` leaves it off paper (the printed report).
 */
export function ClientCrumbs(props: {
  clientId: string;
  name: string;
  current?: string | undefined;
  noPrint?: boolean;
}) {
  const t = useMessages(coachMessages);
  return (
    <nav
      aria-label={t('coach.breadcrumb')}
      class={props.noPrint ? 'breadcrumb no-print' : 'breadcrumb'}
    >
      <ol>
        <li>
          <a class="breadcrumb-link" href="/coach">
            {t('coach.clients.title')}
          </a>
        </li>
        {props.current === undefined ? (
          <li aria-current="page">{props.name}</li>
        ) : (
          <>
            <li>
              <a class="breadcrumb-link" href={`/coach/clients/${props.clientId}`}>
                {props.name}
              </a>
            </li>
            <li aria-current="page">{props.current}</li>
          </>
        )}
      </ol>
    </nav>
  );
}
