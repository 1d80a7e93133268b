// Starting a client's question set from one the coach made for another client: pick the set,
// and its content fills the form, to adapt and save for this client (the original stays).
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../../db/live';
import type { QuestionSetRecord } from '../../../domain/records';
import { useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { Field } from '../../../ui/Field';
import { setsOfOtherClients } from '../queries';
import { questionSetsMessages } from './messages';

/** A picker of the coach's sets for other clients; nothing when there are none. */
export function QuestionSetFromOther(props: {
  clientId: string;
  onUse: (set: QuestionSetRecord) => void;
}) {
  const t = useMessages(questionSetsMessages);
  const { settings } = useSettings();
  const others = useLiveQuery(
    () => setsOfOtherClients(settings.profileId, props.clientId),
    [settings.profileId, props.clientId],
  );
  const [picked, setPicked] = useState('');
  if (others.status !== 'ready' || others.value.length === 0) return null;
  const chosen = others.value.find((o) => o.set.id === picked) ?? others.value[0];
  return (
    <div class="qset-from">
      <Field id="qset-from" label={t('coach.qset.fromOther')} hint={t('coach.qset.fromOtherHint')}>
        {(control) => (
          <select
            {...control}
            value={chosen?.set.id}
            onChange={(event) => setPicked(event.currentTarget.value)}
          >
            {others.value.map(({ set, client }) => (
              <option key={set.id} value={set.id}>
                {t('coach.qset.fromOtherOption', { name: set.name, client })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={() => {
            if (chosen) props.onUse(chosen.set);
          }}
        >
          {t('coach.qset.fromOtherUse')}
        </button>
      </div>
    </div>
  );
}
