import type { QuestionSetRecord } from '../../../domain/records';
import { useMessages } from '../../../i18n/context';
import { variantLabel } from '../qset-labels';
import { questionSetsMessages } from './messages';

import type { QuestionSetForm } from './use-question-set-form';

/** The list of sets; edit opens a set in the form, delete removes it with undo. */
export function QuestionSetList(props: {
  sets: readonly QuestionSetRecord[];
  form: Pick<QuestionSetForm, 'edit' | 'removeSet'>;
}) {
  const t = useMessages(questionSetsMessages);
  const { edit, removeSet } = props.form;
  return (
    <>
      {props.sets.length === 0 ? (
        <p>{t('coach.qset.none')}</p>
      ) : (
        <ul class="record-list" aria-labelledby="qset-title">
          {props.sets.map((set) => (
            <li key={set.id} class="record-item">
              <h4>{set.name}</h4>
              <p class="muted">
                {t('coach.qset.summary', {
                  variant: t(variantLabel[set.variant]),
                  count: set.questions.length,
                })}
              </p>
              <div class="actions">
                <button
                  type="button"
                  class="button"
                  aria-label={t('coach.qset.editAction', { name: set.name })}
                  onClick={() => edit(set)}
                >
                  {t('coach.edit')}
                </button>
                <button
                  type="button"
                  class="button"
                  aria-label={t('coach.qset.deleteAction', { name: set.name })}
                  onClick={() => void removeSet(set)}
                >
                  {t('coach.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
