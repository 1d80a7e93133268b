// One valuation in the list: its text and time frame, the coach's notes on it, with edit,
// move and delete buttons.
import { useState } from 'preact/hooks';
import type { TimeFrame, ValuationRecord } from '../../../domain/records';
import { TIME_FRAMES } from '../../../domain/zkm/questions';
import { MAX_VALUATION_TEXT } from '../../../domain/zkm/reinvestigation';
import { useMessages } from '../../../i18n/context';
import { Field } from '../../../ui/Field';
import { useDraft } from '../../../ui/use-draft';
import { useFocusAfter } from '../../../ui/use-focus-after';
import { CoachNotes } from '../../coach/public';
import { zkmMessages } from '../messages';
import { useZkmFormat } from '../use-zkm-format';

const changeKey = {
  kept: 'zkm.change.kept',
  modified: 'zkm.change.modified',
  new: 'zkm.change.new',
} as const;

/** A valuation row; `onMove` gets -1 (up) or +1 (down). */
export function ValuationItem(props: {
  valuation: ValuationRecord;
  position: number;
  count: number;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
  onSave: (fields: { text: string; timeFrame: TimeFrame }) => Promise<boolean>;
}) {
  const t = useMessages(zkmMessages);
  const f = useZkmFormat();
  const { valuation, position } = props;
  // The edit in progress is a draft (null when not editing): it survives a reload or update.
  const draft = useDraft<{ text: string; timeFrame: TimeFrame } | null>(
    `zkm-edit-valuation-${valuation.id}`,
    () => null,
  );
  const editing = draft.value !== null;
  const text = draft.value?.text ?? valuation.text;
  const timeFrame = draft.value?.timeFrame ?? valuation.timeFrame;
  const setText = (next: string) => draft.set((d) => ({ timeFrame, ...d, text: next }));
  const setTimeFrame = (next: TimeFrame) => draft.set((d) => ({ text, ...d, timeFrame: next }));
  const stopEditing = () => {
    draft.set(null);
    void draft.clear();
  };
  const [problem, setProblem] = useState('');
  const focusAfter = useFocusAfter();
  const n = position + 1;
  const id = valuation.id;

  if (editing) {
    const save = async (event: Event) => {
      event.preventDefault();
      const trimmed = text.trim();
      if (trimmed === '') return setProblem(t('zkm.error.valuationRequired'));
      if (trimmed.length > MAX_VALUATION_TEXT) return setProblem(t('zkm.error.tooLong'));
      if (await props.onSave({ text: trimmed, timeFrame })) {
        stopEditing();
        focusAfter(`zkm-edit-${id}`);
      }
    };
    return (
      <li class="zkm-card">
        <form onSubmit={save} noValidate>
          <Field
            id={`zkm-edit-text-${id}`}
            label={t('zkm.val.editLabel', { n })}
            error={problem || undefined}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={text}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field id={`zkm-edit-frame-${id}`} label={t('zkm.val.timeFrame')}>
            {(control) => (
              <select
                {...control}
                value={timeFrame}
                onChange={(e) => setTimeFrame(e.currentTarget.value as TimeFrame)}
              >
                {TIME_FRAMES.map((frame) => (
                  <option key={frame} value={frame}>
                    {f.timeFrame(frame)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div class="actions">
            <button type="submit" class="button primary">
              {t('zkm.save')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                stopEditing();
                setProblem('');
                focusAfter(`zkm-edit-${id}`);
              }}
            >
              {t('zkm.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li class="zkm-card" id={`zkm-val-${id}`}>
      <p class="zkm-card-title">
        <span class="zkm-number">{f.n(n)}.</span> {valuation.text}
      </p>
      <p class="muted">
        {f.timeFrame(valuation.timeFrame)}
        {valuation.change ? ` · ${t(changeKey[valuation.change])}` : ''}
      </p>
      <CoachNotes targetId={valuation.id} headingLevel={3} />
      <div class="zkm-item-actions">
        <button
          type="button"
          class="button"
          id={`zkm-edit-${id}`}
          aria-label={t('zkm.val.editN', { n })}
          onClick={() => {
            draft.set({ text: valuation.text, timeFrame: valuation.timeFrame });
            focusAfter(`zkm-edit-text-${id}`);
          }}
        >
          {t('zkm.edit')}
        </button>
        <button
          type="button"
          class="button"
          id={`zkm-up-${id}`}
          aria-label={t('zkm.val.moveUpN', { n })}
          disabled={position === 0}
          onClick={() => props.onMove(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          class="button"
          id={`zkm-down-${id}`}
          aria-label={t('zkm.val.moveDownN', { n })}
          disabled={position === props.count - 1}
          onClick={() => props.onMove(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          class="button quiet"
          aria-label={t('zkm.val.deleteN', { n })}
          onClick={props.onDelete}
        >
          {t('zkm.delete')}
        </button>
      </div>
    </li>
  );
}
