// Messages of the help page. The numbers are written out in full in both languages, so they
// can be read and dialled by hand when a tap on a tel: link does nothing (a laptop).
import { defineMessages } from '../../i18n/define';

/** Help page messages in English and Dutch. */
export const helpMessages = defineMessages({
  en: {
    'help.title': 'Help now',
    'help.intro':
      'When it gets too much, you do not have to carry it alone. These are people you can reach right now. Koers sends nothing anywhere: calling is up to you.',
    'help.emergency.title': 'In danger right now',
    'help.emergency.text':
      'If your life or someone else’s is in danger, call the local emergency number: 112 in the Netherlands and across Europe.',
    'help.emergency.call': 'Call 112',
    'help.suicide.title': 'Thinking about suicide',
    'help.suicide.text':
      'Talk to someone at a crisis line where you live. In the Netherlands: 113 Suicide Prevention, free on 0800-0113, day and night, or chat via the website 113.nl.',
    'help.suicide.call': 'Call 0800-0113',
    'help.gp.title': 'Your GP',
    'help.gp.text':
      'Call your GP. In the evening, at night and at weekends, call the out-of-hours GP service (in the Netherlands: the huisartsenpost).',
    'help.coach.title': 'Your coach',
    'help.coach.text':
      'Your coach is there for what comes up in your work together. Tell them when focusing alone becomes too much.',
    'help.coach.contact': 'How to reach your coach, and help nearby',
    'help.offline': 'This page also works without an internet connection.',
    'help.about': 'About Koers and your data',
  },
  nl: {
    'help.title': 'Nu hulp',
    'help.intro':
      'Als het te veel wordt, hoef je het niet alleen te dragen. Dit zijn mensen die je nu kunt bereiken. Koers verstuurt niets: bellen doe je zelf.',
    'help.emergency.title': 'Direct gevaar',
    'help.emergency.text':
      'Is jouw leven of dat van een ander in gevaar? Bel dan 112, het alarmnummer.',
    'help.emergency.call': 'Bel 112',
    'help.suicide.title': 'Denk je aan zelfmoord?',
    'help.suicide.text':
      'Praat erover met 113 Zelfmoordpreventie: bel gratis 0800-0113, dag en nacht, of chat via de website 113.nl.',
    'help.suicide.call': 'Bel 0800-0113',
    'help.gp.title': 'Je huisarts',
    'help.gp.text':
      'Bel je huisarts. ’s Avonds, ’s nachts en in het weekend bel je de huisartsenpost.',
    'help.coach.title': 'Je coach',
    'help.coach.text':
      'Je coach is er voor wat er in jullie werk samen naar boven komt. Zeg het als focussen in je eentje te veel wordt.',
    'help.coach.contact': 'Zo bereik je je coach, en hulp in de buurt',
    'help.offline': 'Deze pagina werkt ook zonder internetverbinding.',
    'help.about': 'Over Koers en je gegevens',
  },
});
