// How one valuation (or feeling) moved between then and now: P − N and S − O as arrows on a
// scale from −R to +R, the same in words, and the type then and now. One neutral colour for
// every arrow: a movement is material for the conversation, not good or bad.
import type { IndexKey } from '../../../domain/zkm/labels';
import type { Movement, Shift } from '../../../domain/zkm/movement';
import type { Sign, ValuationType } from '../../../domain/zkm/valuation-type';
import { useMessages } from '../../../i18n/context';
import type { LegendItem } from '../../../ui/chart/Legend';
import { type ChartT, chartMessages } from '../chart-messages';
import type { ZkmFormat } from '../use-zkm-format';
import './charts.css';

const WIDTH = 320;
const LEFT = 56;
const RIGHT = 308;
const ROW = 30;

// Literal keys, so the catalog check sees each one.
const directionKey = {
  up: 'zkm.move.up',
  down: 'zkm.move.down',
  same: 'zkm.move.same',
} as const;
const signKey = {
  '+': 'zkm.move.sign.plus',
  '-': 'zkm.move.sign.minus',
  '±': 'zkm.move.sign.both',
} as const satisfies Record<Sign, string>;

/** The legend entries of the movement arrows (shown once above the list). */
export function movementLegend(t: ChartT) {
  return [
    { mark: 'zkm-move-then', shape: 'circle', label: t('zkm.legend.moveThen') },
    { mark: 'zkm-move-now', shape: 'circle', label: t('zkm.legend.moveNow') },
    { mark: 'zkm-move-zero', shape: 'dash', label: t('zkm.legend.zero') },
  ] as const satisfies readonly LegendItem[];
}

/** Formats a shift in words, e.g. "P−N from −15 to +2, up 17". */
export function shiftWords(t: ChartT, f: ZkmFormat, key: IndexKey, shift: Shift): string {
  const number = new Intl.NumberFormat(f.language, { signDisplay: 'exceptZero' });
  // A minus sign (U+2212), as in the index labels, not a hyphen.
  const signed = { format: (value: number) => number.format(value).replace('-', '\u2212') };
  return t(directionKey[shift.direction], {
    index: f.index(key),
    was: signed.format(shift.before),
    now: signed.format(shift.after),
    delta: f.n(Math.abs(shift.delta)),
  });
}

function typeWords(t: ChartT, f: ZkmFormat, type: ValuationType): string {
  return t('zkm.move.typeWords', {
    type: f.type(type),
    name: f.typeName(type),
    sign: t(signKey[type.sign]),
  });
}

function Arrow(props: { shift: Shift; y: number; x: (value: number) => number }) {
  const { shift, y } = props;
  const from = props.x(shift.before);
  const to = props.x(shift.after);
  const head = shift.direction === 'up' ? -1 : 1;
  return (
    <g>
      {shift.direction === 'same' ? (
        <circle class="zkm-move-now" cx={to} cy={y} r={5} />
      ) : (
        <>
          <line class="zkm-move-now" x1={from} y1={y} x2={to + head * 6} y2={y} />
          <path
            class="zkm-move-now"
            d={`M${to} ${y} L${to + head * 9} ${y - 5} L${to + head * 9} ${y + 5} Z`}
          />
        </>
      )}
      <circle class="zkm-move-then" cx={from} cy={y} r={5} />
    </g>
  );
}

/** The movement of one row, or a sentence saying there is none to show. */
export function MovementView(props: {
  movement: Movement | null;
  /** Half the scale: arrows run from −range to +range. */
  range: number;
  f: ZkmFormat;
}) {
  const t = useMessages(chartMessages);
  const { movement, f } = props;
  if (movement === null) return <p class="muted">{t('zkm.move.noFigures')}</p>;
  const range = Math.max(1, props.range);
  const x = (value: number) => LEFT + ((value + range) / (2 * range)) * (RIGHT - LEFT);
  const words = [
    shiftWords(t, f, 'P-N', movement.pMinusN),
    shiftWords(t, f, 'S-O', movement.sMinusO),
  ];
  const type = movement.typeChanged
    ? t('zkm.move.typeChanged', {
        was: typeWords(t, f, movement.typeThen),
        now: typeWords(t, f, movement.typeNow),
      })
    : t('zkm.move.typeSame', { now: typeWords(t, f, movement.typeNow) });
  return (
    <div class="zkm-move">
      <svg
        class="zkm-move-svg"
        viewBox={`0 0 ${WIDTH} ${2 * ROW + 8}`}
        role="img"
        aria-label={`${t('zkm.move.chart', { pn: f.index('P-N'), so: f.index('S-O') })}: ${words.join('; ')}`}
      >
        <line class="zkm-move-zero" x1={x(0)} y1={2} x2={x(0)} y2={2 * ROW + 6} />
        {(['P-N', 'S-O'] as const).map((key, i) => {
          const y = 4 + i * ROW + ROW / 2;
          return (
            <g key={key}>
              <line class="zkm-grid" x1={LEFT} y1={y} x2={RIGHT} y2={y} />
              <text x={4} y={y + 5}>
                {f.index(key)}
              </text>
              <Arrow shift={key === 'P-N' ? movement.pMinusN : movement.sMinusO} y={y} x={x} />
            </g>
          );
        })}
      </svg>
      <ul class="zkm-move-list">
        <li>{words[0]}</li>
        <li>{words[1]}</li>
        <li>{type}</li>
      </ul>
    </div>
  );
}
