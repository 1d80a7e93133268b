// The body outline: one place per region. No two targets overlap, every place but the back
// (a button of its own) has one, and the places have names a person tells apart.
import { describe, expect, it } from 'vitest';
import { bodyLocationKey, bodyLocations } from '../../../src/domain/focusing/body';
import { bodyRegions } from '../../../src/features/focusing/components/BodyMap';
import { focusingMessages } from '../../../src/features/focusing/messages';

describe('body map', () => {
  it('has no two targets that overlap', () => {
    const overlaps: string[] = [];
    bodyRegions.forEach((a, i) => {
      bodyRegions.slice(i + 1).forEach((b) => {
        const width = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const height = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (width > 0 && height > 0) overlaps.push(`${a.location}/${b.location}`);
      });
    });
    expect(overlaps).toEqual([]);
  });

  it('keeps each target at least 44 px at the figure width of 240 px (scale 1.2)', () => {
    for (const region of bodyRegions) {
      expect(region.w * 1.2, region.location).toBeGreaterThanOrEqual(44);
      expect(region.h * 1.2, region.location).toBeGreaterThanOrEqual(44);
    }
  });

  it('gives every place but the back one target that keyboards reach', () => {
    const reachable = bodyRegions.filter((region) => !region.mirror).map((r) => r.location);
    expect(reachable.sort()).toEqual(bodyLocations.filter((l) => l !== 'back').sort());
  });

  it('names the upper and lower belly apart, in English and Dutch, without new stored ids', () => {
    expect(bodyLocations).toContain('stomach');
    expect(bodyLocations).toContain('belly');
    expect(focusingMessages.en[bodyLocationKey.stomach]).toBe('Upper belly (stomach)');
    expect(focusingMessages.en[bodyLocationKey.belly]).toBe('Lower belly');
    expect(focusingMessages.nl[bodyLocationKey.stomach]).toBe('Maag (bovenbuik)');
    expect(focusingMessages.nl[bodyLocationKey.belly]).toBe('Onderbuik');
    for (const language of ['en', 'nl'] as const) {
      const names = bodyLocations.map((l) => focusingMessages[language][bodyLocationKey[l]]);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
