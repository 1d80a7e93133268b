// The layer rules of docs/architecture.md, checked on every import under src/: imports point
// downward only, a feature sees another feature only through its public.ts, and no import
// cycle exists (static or dynamic, type-only imports included).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importEdges, sourceFiles } from './import-graph';
import { areaOf, importCycles, ruleBroken } from './layer-rules';

const root = process.cwd();
const edges = importEdges(root);

describe('the import graph under src/', () => {
  it('is read: the shell, every layer and dynamic imports are in it', () => {
    // Guards the reader itself: a graph that lost its edges would pass every rule below.
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual(
      expect.objectContaining({ from: 'src/main.tsx', to: 'src/app/App.tsx' }),
    );
    expect(edges).toContainEqual(
      expect.objectContaining({
        from: 'src/bundle/crypto-client.ts',
        to: 'src/bundle/crypto.worker.ts',
      }),
    );
  });

  it('places every source file in a layer', () => {
    const files = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
    for (const file of files) expect(() => areaOf(file), file).not.toThrow();
  });

  it('has no import that goes up or into another feature’s internals', () => {
    const broken = edges.flatMap((edge) => {
      const rule = ruleBroken(edge);
      return rule === undefined ? [] : [`${rule}: ${edge.from} → ${edge.to}`];
    });
    expect(broken).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(edges)).toEqual([]);
  });
});

describe('storage access', () => {
  it('opens the database only in src/db/ (reads go through db/read.ts and data modules)', () => {
    // The app lock will decrypt records in src/db/: nothing else may reach past it.
    const outside = sourceFiles(root).filter(
      (file) => !file.startsWith('src/db/') && /\bgetDatabase\b/.test(readFileSync(file, 'utf8')),
    );
    expect(outside).toEqual([]);
  });
});

describe('schemas', () => {
  it('take zod only from src/domain/zod.ts, which configures it for the CSP first', () => {
    const direct = sourceFiles(root).filter(
      (file) =>
        file !== 'src/domain/zod.ts' &&
        /^import \{[^}]*\} from 'zod/m.test(readFileSync(file, 'utf8')),
    );
    expect(direct).toEqual([]);
  });
});
