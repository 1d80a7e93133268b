// Messages of home at a glance: the date, the week strip, the trend and the open work. Kept out
// of the shell's catalog, so they load with the glance and not on the critical path.
import { defineMessages } from '../../i18n/define';

/** English and Dutch texts of home at a glance. */
export const glanceMessages = defineMessages({
  en: {
    'home.glance.week': 'This week',
    'home.glance.dayToday': '{day} (today)',
    'home.glance.diary.none': 'no diary forms',
    'home.glance.diary.one': '{count} diary form',
    'home.glance.diary.other': '{count} diary forms',
    'home.glance.focusing.none': 'no focusing sessions',
    'home.glance.focusing.one': '{count} focusing session',
    'home.glance.focusing.other': '{count} focusing sessions',
    'home.glance.feeling': 'strongest feeling {value} of 10',
    'home.glance.ahead': '{day}: still to come',
    'home.glance.legend': 'Dot: diary form. Ring: focusing session. Bar: strongest feeling.',
    'home.glance.example': 'This includes example data.',
    'home.glance.trend': 'Diary forms per week',
    'home.glance.trendText':
      '{counts} diary forms per week over the last {weeks} weeks; the last is this week so far.',
    'home.glance.trendSoon':
      'Once you have written diary forms in two different weeks, you will see here how many per week.',
    'home.glance.open.assignment': 'From your coach: {title}',
    'home.glance.open.assignmentUntil': 'From your coach: {title} (until {date})',
    'home.glance.open.rate.one':
      'Go on rating the self-investigation of {date}: {count} rating to go',
    'home.glance.open.rate.other':
      'Go on rating the self-investigation of {date}: {count} ratings to go',
    'home.glance.open.draftNew': 'Go on with the diary form you started ({date})',
    'home.glance.open.draftEdit': 'Go on with the changes to a diary form ({date})',
  },
  nl: {
    'home.glance.week': 'Deze week',
    'home.glance.dayToday': '{day} (vandaag)',
    'home.glance.diary.none': 'geen dagboekformulieren',
    'home.glance.diary.one': '{count} dagboekformulier',
    'home.glance.diary.other': '{count} dagboekformulieren',
    'home.glance.focusing.none': 'geen focussessies',
    'home.glance.focusing.one': '{count} focussessie',
    'home.glance.focusing.other': '{count} focussessies',
    'home.glance.feeling': 'sterkste gevoel {value} van 10',
    'home.glance.ahead': '{day}: nog te komen',
    'home.glance.legend': 'Stip: dagboekformulier. Ring: focussessie. Balk: sterkste gevoel.',
    'home.glance.example': 'Hierin zitten voorbeeldgegevens.',
    'home.glance.trend': 'Dagboekformulieren per week',
    'home.glance.trendText':
      '{counts} dagboekformulieren per week in de laatste {weeks} weken; de laatste is deze week tot nu toe.',
    'home.glance.trendSoon':
      'Als je in twee verschillende weken dagboekformulieren hebt geschreven, zie je hier hoeveel per week.',
    'home.glance.open.assignment': 'Van je coach: {title}',
    'home.glance.open.assignmentUntil': 'Van je coach: {title} (tot {date})',
    'home.glance.open.rate.one':
      'Verder met beoordelen in het zelfonderzoek van {date}: nog {count} beoordeling',
    'home.glance.open.rate.other':
      'Verder met beoordelen in het zelfonderzoek van {date}: nog {count} beoordelingen',
    'home.glance.open.draftNew': 'Verder met het dagboekformulier dat je begon ({date})',
    'home.glance.open.draftEdit': 'Verder met de wijzigingen aan een dagboekformulier ({date})',
  },
});
