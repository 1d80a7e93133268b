// Messages of "About Koers and your data": what Koers is and is not, and where the data
// lives, in a client's and a coach's version. Shown by the first run (which asks for an
// acknowledgment) and again on /about. Short on purpose: it must read on a phone.
import { defineMessages } from '../../i18n/define';

/** "About Koers and your data" in English and Dutch. */
export const aboutMessages = defineMessages({
  en: {
    'about.title': 'About Koers and your data',
    'about.lead': 'Before you start: a short word on what Koers is, and on your data.',
    'about.client.what':
      'Koers is a workbook for your coaching: you write here, and talk it over with your coach. It is not therapy, and it makes no diagnosis.',
    'about.crisis': 'Koers is not meant for a crisis.',
    'about.crisis.link': 'Who you can call right now',
    'about.client.data':
      'What you write here is health data. It stays on this device: there is no account and no server, and nobody else can read it unless you share it.',
    'about.client.share':
      'You decide what you share. A file for your coach holds only what you choose to include, encrypted so that only your coach’s key opens it. Example data goes along only if you tick it.',
    'about.more': 'More about your data',
    'about.client.more.offline':
      'Koers makes no connection to any other website, and it works offline.',
    'about.client.more.backup':
      'Clearing the browser’s data or losing this device loses what you wrote. Make a backup now and then, under Share.',
    'about.client.more.passphrase':
      'A file you share is also encrypted to your own key, so it is a backup too. A lost passphrase cannot be recovered, not even by the makers of Koers.',
    'about.client.more.private':
      'You can keep your own report private: then it never leaves this device.',
    'about.coach.what':
      'Koers is a workbook for coaching: you read, compare and annotate what your clients send you. It is not a tool for therapy or diagnosis.',
    'about.coach.crisis.link': 'Who a client can call right now',
    'about.coach.data':
      'You hold other people’s health data. It stays on this device: there is no account and no server.',
    'about.coach.safe':
      'Keep this device locked, and keep your key files and passphrases safe: whoever has them can open your clients’ files.',
    'about.coach.share':
      'A client’s file holds only what the client chose to include, encrypted for your key.',
    'about.coach.more.return': 'What you send back is encrypted for your client’s key.',
    'about.coach.more.remove':
      'When a coaching ends, you can remove the client and everything of theirs from this device, on the client’s page.',
    'about.coach.more.offline': 'Koers makes no connection to any other website.',
    'about.acknowledge': 'I understand, start',
    'about.back': 'Back',
    'about.readOn': 'You read this on {date}.',
    'about.toStart': 'Back to the start',
  },
  nl: {
    'about.title': 'Over Koers en je gegevens',
    'about.lead': 'Voordat je begint: kort wat Koers is, en hoe het met je gegevens zit.',
    'about.client.what':
      'Koers is een werkboek voor je coaching: je schrijft hier, en bespreekt het met je coach. Het is geen therapie, en het stelt geen diagnose.',
    'about.crisis': 'Koers is niet bedoeld voor een crisis.',
    'about.crisis.link': 'Wie je nu kunt bellen',
    'about.client.data':
      'Wat je hier schrijft, zijn gezondheidsgegevens. Ze blijven op dit apparaat: er is geen account en geen server, en niemand anders kan ze lezen, tenzij je ze deelt.',
    'about.client.share':
      'Jij bepaalt wat je deelt. Een bestand voor je coach bevat alleen wat je zelf kiest, versleuteld zodat alleen de sleutel van je coach het opent. Voorbeeldgegevens gaan alleen mee als je dat aanvinkt.',
    'about.more': 'Meer over je gegevens',
    'about.client.more.offline':
      'Koers maakt geen verbinding met andere websites, en het werkt ook offline.',
    'about.client.more.backup':
      'Wis je de gegevens van de browser of raak je dit apparaat kwijt, dan ben je kwijt wat je schreef. Maak daarom af en toe een back-up, onder Delen.',
    'about.client.more.passphrase':
      'Een bestand dat je deelt, is ook versleuteld voor je eigen sleutel, dus het is ook een back-up. Een vergeten wachtwoordzin kan niemand herstellen, ook de makers van Koers niet.',
    'about.client.more.private':
      'Je eigen verslag kun je privé houden: dan verlaat het dit apparaat nooit.',
    'about.coach.what':
      'Koers is een werkboek voor coaching: je leest, vergelijkt en annoteert wat je cliënten je sturen. Het is geen hulpmiddel voor therapie of diagnose.',
    'about.coach.crisis.link': 'Wie een cliënt nu kan bellen',
    'about.coach.data':
      'Je bewaart gezondheidsgegevens van anderen. Ze blijven op dit apparaat: er is geen account en geen server.',
    'about.coach.safe':
      'Vergrendel dit apparaat, en bewaar je sleutelbestanden en wachtwoordzinnen veilig: wie ze heeft, kan de bestanden van je cliënten openen.',
    'about.coach.share':
      'Een bestand van een cliënt bevat alleen wat die cliënt zelf koos, versleuteld voor jouw sleutel.',
    'about.coach.more.return': 'Wat je terugstuurt, is versleuteld voor de sleutel van je cliënt.',
    'about.coach.more.remove':
      'Is een coaching klaar, dan kun je de cliënt en alles van hem of haar van dit apparaat verwijderen, op de pagina van de cliënt.',
    'about.coach.more.offline': 'Koers maakt geen verbinding met andere websites.',
    'about.acknowledge': 'Ik begrijp het, beginnen',
    'about.back': 'Terug',
    'about.readOn': 'Je las dit op {date}.',
    'about.toStart': 'Terug naar het begin',
  },
});
