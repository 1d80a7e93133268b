// The guided session's stages, the body locations, and the example client's sessions.
import { describe, expect, it } from 'vitest';
import { exampleFocusing } from '../../../src/domain/example/focusing';
import { EXAMPLE_THEME_ID } from '../../../src/domain/example/trajectory';
import { toggleLocation } from '../../../src/domain/focusing/body';
import {
  guidedStages,
  isGuidedStage,
  nextStage,
  previousStage,
} from '../../../src/domain/focusing/steps';
import { focusingSessionRecord } from '../../../src/domain/records';

describe('guided stages', () => {
  it('runs check-in, the six steps in order, check-out', () => {
    expect(guidedStages).toEqual([
      'check-in',
      'clearing-space',
      'felt-sense',
      'handle',
      'resonating',
      'asking',
      'receiving',
      'check-out',
    ]);
    expect(nextStage('check-in')).toBe('clearing-space');
    expect(nextStage('check-out')).toBeUndefined();
    expect(previousStage('check-in')).toBeUndefined();
    expect(previousStage('handle')).toBe('felt-sense');
  });

  it('recognises every stage, the checks included, and nothing else', () => {
    expect(isGuidedStage('check-in')).toBe(true);
    expect(isGuidedStage('check-out')).toBe(true);
    expect(isGuidedStage('asking')).toBe(true);
    expect(isGuidedStage('done')).toBe(false);
  });
});

describe('toggleLocation', () => {
  it('adds and removes, keeping head-to-feet order', () => {
    expect(toggleLocation(['belly'], 'head')).toEqual(['head', 'belly']);
    expect(toggleLocation(['head', 'belly'], 'head')).toEqual(['belly']);
    expect(toggleLocation(['elbow'], 'chest')).toEqual(['chest', 'elbow']);
  });
});

describe('example sessions', () => {
  const now = new Date(2026, 5, 1, 12);
  const owner = '11111111-1111-4111-8111-111111111111';
  const records = exampleFocusing(owner, now).focusingSessions ?? [];

  it('are valid, marked as example, with stable ids and linked to the theme', () => {
    expect(records.length).toBeGreaterThanOrEqual(6);
    for (const record of records) {
      expect(focusingSessionRecord.safeParse(record).success).toBe(true);
      expect(record.example).toBe(true);
      expect(record.themeId).toBe(EXAMPLE_THEME_ID);
    }
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    expect(exampleFocusing(owner, now).focusingSessions?.map((r) => r.id)).toEqual(
      records.map((r) => r.id),
    );
  });

  it('span several weeks and move from too close to the right distance', () => {
    const sorted = [...records].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    const days =
      (Date.parse(sorted.at(-1)?.occurredAt ?? '') - Date.parse(sorted[0]?.occurredAt ?? '')) /
      86_400_000;
    expect(days).toBeGreaterThanOrEqual(28);
    const half = Math.floor(sorted.length / 2);
    const endedRight = (group: typeof sorted) =>
      group.filter((session) => session.distanceEnd === 'right').length / group.length;
    const early = endedRight(sorted.slice(0, half));
    const late = endedRight(sorted.slice(half));
    expect(sorted[0]?.distanceEnd).toBe('too-close');
    expect(sorted.at(-1)?.distanceEnd).toBe('right');
    expect(late).toBeGreaterThan(early);
  });
});
