// "From my coach": on the client's device, the assignments, notes and question sets a coach
// sent back in a return bundle. Notes about a record also appear beside that record
// (CoachNotes.tsx, offered to them through public.ts); a question set is offered when an investigation starts.

import { useLiveQuery } from '../../../db/live';
import { storedDay } from '../../../domain/dates';
import { questionsFor, TIME_FRAMES } from '../../../domain/zkm/questions';
import { useI18n, useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { LiveGate } from '../../../ui/LiveGate';
import { CoachLinks } from '../CoachLinks';
import { targetLabel } from '../labels';
import { frameLabel, variantLabel } from '../qset-labels';
import { loadWorkbook } from '../queries';
import { assignmentsMessages } from './messages';
import { SuggestedReminder } from './SuggestedReminder';
import '../coach.css';

/** The workbook at /coach/workbook, for clients and coaches alike. */
export default function WorkbookScreen() {
  const t = useMessages(assignmentsMessages);
  const { dateTime, day } = useI18n();
  const { settings } = useSettings();
  const data = useLiveQuery(() => loadWorkbook(settings.profileId), [settings.profileId]);
  return (
    <section aria-labelledby="workbook-title" class="coach">
      <h1 id="workbook-title">{t('coach.workbook.title')}</h1>
      {settings.role === 'coach' && (
        <>
          <p class="muted">{t('coach.workbook.coachExplain')}</p>
          <CoachLinks />
        </>
      )}
      <LiveGate result={data}>
        {(workbook) => (
          <>
            <section aria-labelledby="workbook-assignments" class="coach-section">
              <h2 id="workbook-assignments">{t('coach.type.assignments')}</h2>
              {workbook.assignments.length === 0 && <p>{t('coach.workbook.noAssignments')}</p>}
              <ul class="record-list">
                {workbook.assignments.map((a) => (
                  <li key={a.id} class="record-item">
                    <h3>{a.title}</h3>
                    {(a.startsOn || a.endsOn) && (
                      <p>
                        {t('coach.assignments.period', {
                          from: a.startsOn ? day(storedDay(a.startsOn)) : '…',
                          to: a.endsOn ? day(storedDay(a.endsOn)) : '…',
                        })}
                      </p>
                    )}
                    {a.description && <p class="record-text">{a.description}</p>}
                    {a.reminder && <SuggestedReminder suggested={a.reminder} />}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="workbook-questions" class="coach-section">
              <h2 id="workbook-questions">{t('coach.workbook.questionSets')}</h2>
              {workbook.questionSets.length === 0 ? (
                <p>{t('coach.workbook.noQuestionSets')}</p>
              ) : (
                <p class="muted">{t('coach.workbook.startHint')}</p>
              )}
              <ul class="record-list">
                {workbook.questionSets.map((set) => (
                  <li key={set.id} class="record-item">
                    <h3 id={`workbook-set-${set.id}`}>{set.name}</h3>
                    <p class="muted">
                      {dateTime(set.updatedAt, false)}
                      {' · '}
                      {t('coach.workbook.basedOn', { variant: t(variantLabel[set.variant]) })}
                    </p>
                    {set.note && <p class="record-text">{set.note}</p>}
                    {TIME_FRAMES.map((frame) => (
                      <div key={frame}>
                        <h4 class="small-heading">{t(frameLabel[frame])}</h4>
                        <ul class="qset-list-questions">
                          {questionsFor(set.questions, frame).map((q) => (
                            <li key={q.key}>{q.text}</li>
                          ))}
                        </ul>
                      </div>
                    ))}
                    <a
                      class="button"
                      href={`/zkm/new?questions=${encodeURIComponent(set.id)}`}
                      aria-describedby={`workbook-set-${set.id}`}
                    >
                      {t('coach.workbook.startWith')}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="workbook-notes" class="coach-section">
              <h2 id="workbook-notes">{t('coach.workbook.notes')}</h2>
              {workbook.notes.length === 0 && <p>{t('coach.workbook.noNotes')}</p>}
              <ul class="record-list">
                {workbook.notes.map((note) => (
                  <li key={note.id} class="record-item">
                    <p class="muted">
                      {dateTime(note.createdAt, false)}
                      {' · '}
                      {note.targetType
                        ? t(targetLabel[note.targetType] ?? 'coach.target.record')
                        : t('coach.workbook.general')}
                    </p>
                    <p class="record-text">{note.text}</p>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </LiveGate>
    </section>
  );
}
