// A QR code drawn as SVG rects from uqr's module matrix (never an HTML string).
import { useMemo } from 'preact/hooks';
import { encode } from 'uqr';

/** The QR code of `text`, with `label` as its accessible name. */
export function QrCode(props: { text: string; label: string }) {
  const { data, size } = useMemo(() => {
    const qr = encode(props.text, { ecc: 'M', border: 2 });
    return { data: qr.data, size: qr.size };
  }, [props.text]);
  const rects = [];
  for (let y = 0; y < size; y++) {
    const row = data[y] ?? [];
    for (let x = 0; x < size; x++) {
      if (row[x]) rects.push(<rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} />);
    }
  }
  return (
    <svg
      class="qr"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <g fill="#000">{rects}</g>
    </svg>
  );
}
