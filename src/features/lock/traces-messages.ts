// Messages of clearing old traces: rebuilding the store so that plain text from before the
// lock is gone from the browser's files.
import { defineMessages } from '../../i18n/define';

/** Old-traces messages in English and Dutch. */
export const tracesMessages = defineMessages({
  en: {
    'traces.title': 'Old traces',
    'traces.explain':
      'Text you wrote before the lock was on can linger, unencrypted, in the browser’s own files until the browser tidies them up. Clearing rebuilds Koers’s storage on this device: everything is copied aside as it is stored (encrypted), the old files are deleted and the copy is put back. Nothing is lost, even if Koers closes halfway: the next start finishes the job.',
    'traces.start': 'Clear old traces',
    'traces.copying': 'Copying your entries aside…',
    'traces.deleting': 'Deleting the old files…',
    'traces.blocked':
      'Waiting: Koers is open in another tab or window. Close it there to let the clearing finish.',
    'traces.restoring': 'Putting your entries back…',
    'traces.keyval': 'Now the same for this device’s keys and settings…',
    'traces.done':
      'Done. The browser’s files now hold only encrypted text; the old files are deleted. Only the quick copy of the settings may keep your name from before the lock until the browser tidies it up.',
    'traces.failed':
      'Clearing stopped. {detail} Your entries are kept; reload Koers and it finishes or undoes what was under way.',
  },
  nl: {
    'traces.title': 'Oude sporen',
    'traces.explain':
      'Tekst die je schreef voordat de vergrendeling aan stond, kan onversleuteld in de eigen bestanden van de browser blijven staan tot de browser die opruimt. Wissen bouwt de opslag van Koers op dit apparaat opnieuw op: alles wordt apart gezet zoals het is opgeslagen (versleuteld), de oude bestanden worden verwijderd en de kopie wordt teruggezet. Er gaat niets verloren, ook niet als Koers halverwege sluit: de volgende start maakt het af.',
    'traces.start': 'Oude sporen wissen',
    'traces.copying': 'Je aantekeningen worden apart gezet…',
    'traces.deleting': 'De oude bestanden worden verwijderd…',
    'traces.blocked':
      'Even wachten: Koers is open in een ander tabblad of venster. Sluit het daar, dan kan het wissen verder.',
    'traces.restoring': 'Je aantekeningen worden teruggezet…',
    'traces.keyval': 'Nu hetzelfde voor de sleutels en instellingen van dit apparaat…',
    'traces.done':
      'Klaar. De bestanden van de browser bevatten nu alleen versleutelde tekst; de oude bestanden zijn verwijderd. Alleen de snelle kopie van de instellingen kan je naam van vóór de vergrendeling nog bewaren tot de browser die opruimt.',
    'traces.failed':
      'Het wissen is gestopt. {detail} Je aantekeningen blijven bewaard; laad Koers opnieuw, dan wordt afgemaakt of teruggedraaid wat bezig was.',
  },
});
