// The rule checker itself: each rule fails on a hand-made graph that breaks it.
import { describe, expect, it } from 'vitest';
import { importSpecifiers } from './import-graph';
import { areaOf, importCycles, ruleBroken } from './layer-rules';

const edge = (from: string, to: string) => ({ from, specifier: '', to });

describe('layer rules', () => {
  it('reads static, type-only, re-exported, dynamic and worker imports, not comments', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "// import { no } from './comment';",
      "const d = await import('./d');",
      'const s = \'import("./in-a-string")\';',
      "new Worker(new URL('./w.worker.ts', import.meta.url), { type: 'module' });",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '../b', './c', './d', './w.worker.ts']);
  });

  it('places files in their layer and feature', () => {
    expect(areaOf('src/main.tsx')).toEqual({ layer: 'entry' });
    expect(areaOf('src/features/diary/x/Y.tsx')).toEqual({ layer: 'features', feature: 'diary' });
    expect(areaOf('src/db/live.ts')).toEqual({ layer: 'db' });
    expect(() => areaOf('src/elsewhere/x.ts')).toThrow(/no layer/);
  });

  it('refuses an upward import from each lower layer', () => {
    for (const lower of ['ui', 'services', 'db', 'bundle', 'lock', 'domain', 'i18n']) {
      expect(ruleBroken(edge(`src/${lower}/x.ts`, 'src/app/App.tsx'))).toBe(`${lower} imports app`);
      expect(ruleBroken(edge(`src/${lower}/x.ts`, 'src/features/diary/public.ts'))).toBe(
        `${lower} imports features`,
      );
    }
    expect(ruleBroken(edge('src/features/diary/A.tsx', 'src/app/lifecycle.ts'))).toBe(
      'features imports app',
    );
    expect(ruleBroken(edge('src/domain/x.ts', 'src/db/live.ts'))).toBe('domain imports db');
  });

  it('keeps the lock beside the bundle: db uses it, it sees only domain', () => {
    expect(areaOf('src/lock/envelope.ts')).toEqual({ layer: 'lock' });
    expect(ruleBroken(edge('src/db/read.ts', 'src/lock/envelope.ts'))).toBe(undefined);
    expect(ruleBroken(edge('src/lock/fields.ts', 'src/domain/records/index.ts'))).toBe(undefined);
    expect(ruleBroken(edge('src/lock/x.ts', 'src/db/read.ts'))).toBe('lock imports db');
    expect(ruleBroken(edge('src/lock/x.ts', 'src/bundle/base64.ts'))).toBe('lock imports bundle');
    expect(ruleBroken(edge('src/bundle/x.ts', 'src/lock/envelope.ts'))).toBe('bundle imports lock');
    expect(ruleBroken(edge('src/domain/x.ts', 'src/lock/envelope.ts'))).toBe('domain imports lock');
  });

  it('lets a feature import another feature only through public.ts', () => {
    expect(ruleBroken(edge('src/features/coach/A.tsx', 'src/features/diary/public.ts'))).toBe(
      undefined,
    );
    expect(ruleBroken(edge('src/features/coach/A.tsx', 'src/features/diary/Timeline.tsx'))).toBe(
      'feature coach imports diary internals',
    );
    expect(ruleBroken(edge('src/features/coach/a/A.tsx', 'src/features/coach/b/B.tsx'))).toBe(
      undefined,
    );
    expect(ruleBroken(edge('src/app/routes.tsx', 'src/features/diary/routes.tsx'))).toBe(undefined);
  });

  it('finds cycles of one, two and more files, and none in a tree', () => {
    expect(importCycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
    expect(importCycles([edge('a', 'a')])).toEqual([['a']]);
    expect(
      importCycles([
        edge('a', 'b'),
        edge('b', 'a'),
        edge('c', 'd'),
        edge('d', 'e'),
        edge('e', 'c'),
      ]),
    ).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
  });
});
