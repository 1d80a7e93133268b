// The coach's question sets for one client, inside the return-bundle section: the sets made so
// far (edit, delete with undo) and a form that starts from the built-in questions of either
// variant in the current language, with the wording edited and questions added or removed per
// time frame. Stored as the coach's own records naming the client; the draft autosaves.
import type { QuestionSetRecord } from '../../../domain/records';
import { useMessages } from '../../../i18n/context';
import { questionSetsMessages } from './messages';
import { QuestionSetFormView } from './QuestionSetForm';
import { QuestionSetList } from './QuestionSetList';
import { useQuestionSetForm } from './use-question-set-form';

/** The question sets of one client and the form that makes or edits one. */
export function QuestionSetEditor(props: {
  clientId: string;
  /** The coach's live sets for this client. */
  sets: readonly QuestionSetRecord[];
  /** Called with the id of a set just saved, so the bundle can include it. */
  onSaved: (id: string) => void;
}) {
  const t = useMessages(questionSetsMessages);
  const form = useQuestionSetForm({ clientId: props.clientId, onSaved: props.onSaved });
  return (
    <div class="qset">
      <h3 id="qset-title" class="small-heading">
        {t('coach.qset.title')}
      </h3>
      <p class="muted">{t('coach.qset.explain')}</p>
      <QuestionSetList sets={props.sets} form={form} />
      <QuestionSetFormView clientId={props.clientId} form={form} />
    </div>
  );
}
