// Writing the valuations of an investigation: add, edit, reorder (buttons, so the keyboard
// and screen readers can do it), delete with undo.
import { useEffect, useState } from 'preact/hooks';
import { moveItem } from '../../../domain/zkm/reorder';
import { useMessages } from '../../../i18n/context';
import { useErrorText } from '../../../ui/error-message';
import { offerUndo } from '../../../ui/undo';
import { deleteValuation, editValuation, type LoadedInvestigation, saveOrder } from '../data';
import { zkmMessages } from '../messages';
import { useInvestigation } from '../use-investigation';
import '../zkm.css';
import { Gate } from './Gate';
import { ValuationForm } from './ValuationForm';
import { ValuationItem } from './ValuationItem';

function Valuations(props: { loaded: LoadedInvestigation }) {
  const t = useMessages(zkmMessages);
  const errorText = useErrorText();
  const { investigation, valuations } = props.loaded;
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; up: boolean } | null>(null);

  // After a move the list re-renders from storage; keep focus on the moved valuation's button
  // (or its other arrow when that one became disabled at the top or bottom).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `valuations` is a trigger: the moved valuation's button exists only once the list has re-rendered from storage, so the effect tries again on each new list.
  useEffect(() => {
    if (!focusAfterMove) return;
    const preferred = document.getElementById(
      `zkm-${focusAfterMove.up ? 'up' : 'down'}-${focusAfterMove.id}`,
    );
    const other = document.getElementById(
      `zkm-${focusAfterMove.up ? 'down' : 'up'}-${focusAfterMove.id}`,
    );
    const target =
      preferred instanceof HTMLButtonElement && !preferred.disabled ? preferred : other;
    // Only once the moved valuation is on screen: later changes must not pull focus back.
    if (!target) return;
    target.focus();
    setFocusAfterMove(null);
  }, [valuations, focusAfterMove]);

  const fail = (caught: unknown) => setError(errorText(caught));

  const move = async (position: number, direction: -1 | 1) => {
    const target = position + direction;
    const moved = valuations[position];
    if (!moved || target < 0 || target >= valuations.length) return;
    setError('');
    try {
      await saveOrder(moveItem(valuations, position, target));
      setFocusAfterMove({ id: moved.id, up: direction === -1 });
      setStatus(t('zkm.val.moved', { n: target + 1, count: valuations.length }));
    } catch (caught) {
      fail(caught);
    }
  };

  return (
    <section aria-labelledby="zkm-valuations-title" class="stack">
      <p>
        <a href={`/zkm/${investigation.id}`}>{t('zkm.backToInvestigation')}</a>
      </p>
      <h1 id="zkm-valuations-title">{t('zkm.val.title')}</h1>
      <p>{t('zkm.val.intro')}</p>
      <ValuationForm investigation={investigation} />
      <section aria-labelledby="zkm-val-list-title">
        <h2 id="zkm-val-list-title" tabIndex={-1}>
          {t('zkm.val.listTitle', { count: valuations.length })}
        </h2>
        {valuations.length === 0 ? (
          <p>{t('zkm.val.none')}</p>
        ) : (
          <ol class="zkm-val-list">
            {valuations.map((valuation, position) => (
              <ValuationItem
                key={valuation.id}
                valuation={valuation}
                position={position}
                count={valuations.length}
                onMove={(direction) => void move(position, direction)}
                onSave={async (fields) => {
                  try {
                    await editValuation(valuation, fields);
                    setStatus(t('zkm.saved'));
                    return true;
                  } catch (caught) {
                    fail(caught);
                    return false;
                  }
                }}
                onDelete={() =>
                  void deleteValuation(valuation.id)
                    .then((undo) => {
                      offerUndo(t('zkm.val.deleted'), t('zkm.undo'), undo);
                      document.getElementById('zkm-val-list-title')?.focus();
                    })
                    .catch(fail)
                }
              />
            ))}
          </ol>
        )}
        <p role="status" class="muted">
          {status}
        </p>
        {error && (
          <p role="alert" class="field-error">
            {error}
          </p>
        )}
      </section>
      <div class="actions">
        <a class="button primary large" href={`/zkm/${investigation.id}/rate`}>
          {t('zkm.val.toRating')}
        </a>
      </div>
    </section>
  );
}

/** The valuations screen of one investigation. */
export default function ValuationsScreen(props: { id?: string }) {
  const result = useInvestigation(props.id ?? '');
  return (
    <Gate result={result}>{(loaded: LoadedInvestigation) => <Valuations loaded={loaded} />}</Gate>
  );
}
