// What Koers is and is not, and where the data lives: the client's or the coach's version,
// a few short paragraphs with the details behind a disclosure (it must read on a phone).
import { useMessages } from '../../i18n/context';
import { aboutMessages } from './messages';

/** The text of "About Koers and your data" for `role` (no heading: the screen gives it). */
export function AboutKoers(props: { role: 'client' | 'coach' }) {
  const t = useMessages(aboutMessages);
  const coach = props.role === 'coach';
  const crisis = (
    <p>
      {t('about.crisis')}{' '}
      <a class="button" href="/help">
        {t(coach ? 'about.coach.crisis.link' : 'about.crisis.link')}
      </a>
    </p>
  );
  return (
    <div class="about-koers" data-testid={`about-${props.role}`}>
      {coach ? (
        <>
          <p>{t('about.coach.what')}</p>
          {crisis}
          <p>{t('about.coach.data')}</p>
          <p>
            <strong>{t('about.coach.safe')}</strong>
          </p>
          <p>{t('about.coach.share')}</p>
          <details>
            <summary>{t('about.more')}</summary>
            <ul>
              <li>{t('about.coach.more.return')}</li>
              <li>{t('about.coach.more.remove')}</li>
              <li>{t('about.coach.more.offline')}</li>
            </ul>
          </details>
        </>
      ) : (
        <>
          <p>{t('about.client.what')}</p>
          {crisis}
          <p>{t('about.client.data')}</p>
          <p>{t('about.client.share')}</p>
          <details>
            <summary>{t('about.more')}</summary>
            <ul>
              <li>{t('about.client.more.offline')}</li>
              <li>{t('about.client.more.backup')}</li>
              <li>{t('about.client.more.passphrase')}</li>
              <li>{t('about.client.more.private')}</li>
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
