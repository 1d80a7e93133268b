// The help page (`/help`): crisis numbers for when focusing or anything else becomes too much.
// Reached from the header of every screen and precached with the app, so it opens offline.
// Numbers are tel: links and plain text; nothing on this page makes a request.
import type { ComponentChildren } from 'preact';
import { useMessages } from '../../i18n/context';
import { useCoachContact } from './coach-contact';
import { helpMessages } from './messages';
import './help.css';

/** One way to get help: a title, what it is for, a number to call, and anything to add. */
function HelpItem(props: {
  id: string;
  title: string;
  text: string;
  call?: [string, string];
  children?: ComponentChildren;
}) {
  return (
    <section class="help-item" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p>{props.text}</p>
      {props.call && (
        <p>
          <a class="button primary" href={`tel:${props.call[0]}`}>
            {props.call[1]}
          </a>
        </p>
      )}
      {props.children}
    </section>
  );
}

/** The help screen. */
export default function HelpScreen() {
  const t = useMessages(helpMessages);
  const coachContact = useCoachContact();
  return (
    <section aria-labelledby="help-title" class="help">
      <h1 id="help-title">{t('help.title')}</h1>
      <p>{t('help.intro')}</p>
      <HelpItem
        id="help-emergency"
        title={t('help.emergency.title')}
        text={t('help.emergency.text')}
        call={['112', t('help.emergency.call')]}
      />
      <HelpItem
        id="help-suicide"
        title={t('help.suicide.title')}
        text={t('help.suicide.text')}
        call={['08000113', t('help.suicide.call')]}
      />
      <HelpItem id="help-gp" title={t('help.gp.title')} text={t('help.gp.text')} />
      <HelpItem id="help-coach" title={t('help.coach.title')} text={t('help.coach.text')}>
        {/* The coach's own contact and local help, as text (never HTML), once sent. */}
        {coachContact && (
          <>
            <h3>{t('help.coach.contact')}</h3>
            <p class="help-coach-contact">{coachContact}</p>
          </>
        )}
      </HelpItem>
      <p class="muted">{t('help.offline')}</p>
      <p>
        <a href="/about">{t('help.about')}</a>
      </p>
    </section>
  );
}
