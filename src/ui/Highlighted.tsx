// Text with a search's matches marked: each piece is a text node, the matched ones inside
// <mark>, so user text is never rendered as HTML. The diary's search and the coach's notes.
import { highlightPieces } from '../domain/diary/highlight';

/** `text` with the words `query` matched (case- and accent-insensitive) in <mark>. */
export function Highlighted(props: { text: string; query: string | undefined }) {
  if (!props.query) return <>{props.text}</>;
  return (
    <>
      {highlightPieces(props.text, props.query).map((piece, index) =>
        piece.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed text, in order; they hold no state.
          <mark key={index}>{piece.text}</mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
