// Reads every import under src/ (static, dynamic, re-exports and `new URL(…, import.meta.url)`
// for workers) with TypeScript's own pre-processor, so comments and strings never count.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import: the file that imports, what it wrote, and the source file it resolves to. */
export type ImportEdge = { from: string; specifier: string; to: string };

const sourcePattern = /\.tsx?$/;

/** Every .ts and .tsx file under `dir`, as paths relative to `root`, sorted. */
export function sourceFiles(root: string, dir = 'src'): string[] {
  const walk = (path: string): string[] =>
    statSync(join(root, path)).isDirectory()
      ? readdirSync(join(root, path)).flatMap((name) => walk(join(path, name)))
      : sourcePattern.test(path)
        ? [path]
        : [];
  return walk(dir).sort();
}

/** The module specifiers one source text imports, in the order they appear. */
export function importSpecifiers(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  const workers = [...text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g)].map(
    (match) => match[1] as string,
  );
  return [...info.importedFiles.map((file) => file.fileName), ...workers];
}

/** The source file a relative specifier names, or undefined for a package or a non-code file. */
export function resolveSpecifier(
  root: string,
  from: string,
  specifier: string,
): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const bare = specifier.replace(/\?.*$/, '');
  const base = resolve(root, dirname(from), bare);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  const found = candidates.find((path) => sourcePattern.test(path) && existsSync(path));
  return found === undefined ? undefined : relative(root, found).split('\\').join('/');
}

/** Every import between source files under src/. */
export function importEdges(root: string): ImportEdge[] {
  return sourceFiles(root).flatMap((from) =>
    importSpecifiers(readFileSync(join(root, from), 'utf8')).flatMap((specifier) => {
      const to = resolveSpecifier(root, from, specifier);
      return to === undefined ? [] : [{ from, specifier, to }];
    }),
  );
}
