// Where in the body: a simple body outline whose regions are real buttons (aria-pressed),
// and the same choice as a list of checkboxes, so touch, keyboard and screen reader users
// all have a way that suits them. Paired regions (arms, hands, legs, feet, shoulders) have a
// second, mirrored target for touch only; the keyboard and screen readers meet each once.
import { type BodyLocation, bodyLocationKey, bodyLocations } from '../../../domain/focusing/body';
import { useMessages } from '../../../i18n/context';
import { focusingMessages } from '../messages';

/** A target on the outline, in the SVG's 200 x 420 coordinate space. */
export interface Region {
  location: BodyLocation;
  x: number;
  y: number;
  w: number;
  h: number;
  mirror?: boolean;
}

/**
 * The targets, head to feet. No two overlap (a unit test checks), so a tap always means one
 * place; the chest is narrower than the torso so the shoulders keep a full 44 px target.
 */
export const bodyRegions: readonly Region[] = [
  { location: 'head', x: 78, y: 6, w: 44, h: 44 },
  { location: 'throat', x: 80, y: 52, w: 40, h: 38 },
  { location: 'shoulders', x: 36, y: 72, w: 40, h: 38 },
  { location: 'shoulders', x: 124, y: 72, w: 40, h: 38, mirror: true },
  { location: 'chest', x: 76, y: 94, w: 48, h: 50 },
  { location: 'stomach', x: 72, y: 146, w: 56, h: 42 },
  { location: 'belly', x: 72, y: 190, w: 56, h: 44 },
  { location: 'arms', x: 22, y: 114, w: 40, h: 70 },
  { location: 'arms', x: 138, y: 114, w: 40, h: 70, mirror: true },
  { location: 'hands', x: 10, y: 190, w: 42, h: 42 },
  { location: 'hands', x: 148, y: 190, w: 42, h: 42, mirror: true },
  { location: 'legs', x: 62, y: 240, w: 38, h: 120 },
  { location: 'legs', x: 100, y: 240, w: 38, h: 120, mirror: true },
  { location: 'feet', x: 54, y: 364, w: 44, h: 44 },
  { location: 'feet', x: 102, y: 364, w: 44, h: 44, mirror: true },
];

const WIDTH = 200;
const HEIGHT = 420;
const pct = (value: number, of: number) => `${(value / of) * 100}%`;

/** The outline: a head, neck, torso, arms and legs, drawn with the text colour. */
function Outline() {
  return (
    <svg
      class="body-outline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="100" cy="28" r="22" />
      <path d="M90 50 v14 M110 50 v14" />
      <path d="M90 64 C70 66 48 70 40 84 C30 110 24 150 20 200 C18 212 30 214 32 202 C38 160 46 130 56 110 L60 236 L64 360 C64 372 62 392 60 404 H94 L98 260 H102 L106 404 H140 C138 392 136 372 136 360 L140 236 L144 110 C154 130 162 160 168 202 C170 214 182 212 180 200 C176 150 170 110 160 84 C152 70 130 66 110 64 Z" />
    </svg>
  );
}

/** Chooses body locations on an outline or from a list; both show the same selection. */
export function BodyMap(props: { selected: string[]; onToggle: (location: string) => void }) {
  const t = useMessages(focusingMessages);
  const isOn = (location: string) => props.selected.includes(location);
  return (
    <div class="body-map">
      <p id="body-map-hint" class="hint">
        {t('focusing.body.hint')}
      </p>
      <fieldset class="body-figure">
        <legend class="visually-hidden">{t('focusing.body.figure')}</legend>
        <Outline />
        {bodyRegions.map((region) => (
          <button
            type="button"
            key={`${region.location}-${region.mirror ? 'b' : 'a'}`}
            class="body-region"
            style={{
              left: pct(region.x, WIDTH),
              top: pct(region.y, HEIGHT),
              width: pct(region.w, WIDTH),
              height: pct(region.h, HEIGHT),
            }}
            aria-pressed={isOn(region.location)}
            aria-label={region.mirror ? undefined : t(bodyLocationKey[region.location])}
            aria-hidden={region.mirror ? 'true' : undefined}
            tabIndex={region.mirror ? -1 : undefined}
            onClick={() => props.onToggle(region.location)}
          />
        ))}
        <button
          type="button"
          class="body-region body-back"
          aria-pressed={isOn('back')}
          onClick={() => props.onToggle('back')}
        >
          {t('focusing.body.back')}
        </button>
      </fieldset>
      <fieldset class="body-list">
        <legend>{t('focusing.body.list')}</legend>
        <div class="choice-row">
          {bodyLocations.map((location) => (
            <label class="choice" key={location}>
              <input
                type="checkbox"
                checked={isOn(location)}
                onChange={() => props.onToggle(location)}
              />
              <span>{t(bodyLocationKey[location])}</span>
            </label>
          ))}
          {props.selected
            .filter((location) => !(bodyLocations as readonly string[]).includes(location))
            .map((location) => (
              // A location from imported data that this version does not know: still removable.
              <label class="choice" key={location}>
                <input type="checkbox" checked onChange={() => props.onToggle(location)} />
                <span>{location}</span>
              </label>
            ))}
        </div>
      </fieldset>
    </div>
  );
}
