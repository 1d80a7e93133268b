// Below a record on its own page: the button that writes a note about it (opened at once when
// the page was reached with ?note=1, from a "Note" button elsewhere) and the coach's notes on it.
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ItemNotes } from '../notes/ItemNotes';
import type { NoteTarget, PickTarget } from '../notes/note-target';

/** The note button and the notes of one record. */
export function NoteHere(props: { target: NoteTarget; pick: PickTarget; label: string }) {
  const { query } = useLocation();
  // The ref opens the form at most once per mount, so re-running on a new `pick` or `target`
  // object changes nothing.
  const opened = useRef(false);
  const { pick, target } = props;
  useEffect(() => {
    if (query.note === '1' && !opened.current) {
      opened.current = true;
      pick(target);
    }
  }, [query.note, pick, target]);
  return (
    <>
      <button type="button" class="button" onClick={() => props.pick(props.target)}>
        {props.label}
      </button>
      <ItemNotes targetId={props.target.id} />
    </>
  );
}
