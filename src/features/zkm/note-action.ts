// A "Note" action another feature (the coach workspace) can hang on a record a read-only
// view shows: the button's text, and what happens when it is pressed.

/** A per-record action shown as a button beside the record. */
export interface NoteAction<T> {
  /** The button's visible text, e.g. "Note". */
  label: string;
  /** Called with the record the button belongs to. */
  onNote: (record: T) => void;
}
