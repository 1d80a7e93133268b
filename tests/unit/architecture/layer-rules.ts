// The layer rules of docs/architecture.md as data: which part of src/ a file belongs to and
// which imports break a rule. The layer test reports every finding.
import type { ImportEdge } from './import-graph';

/** A part of src/: the entry, the shell, one feature, or a shared layer. */
export type Area =
  | {
      layer:
        | 'entry'
        | 'app'
        | 'ui'
        | 'services'
        | 'db'
        | 'bundle'
        | 'lock'
        | 'domain'
        | 'i18n'
        | 'sw'
        | 'types';
    }
  | { layer: 'features'; feature: string };

/** The layer a source path belongs to. */
export function areaOf(path: string): Area {
  const parts = path.split('/');
  if (parts[0] !== 'src') throw new Error(`not under src/: ${path}`);
  if (parts.length === 2) return { layer: path === 'src/main.tsx' ? 'entry' : 'types' };
  const top = parts[1] as string;
  if (top === 'features') return { layer: 'features', feature: parts[2] as string };
  const layers = ['app', 'ui', 'services', 'db', 'bundle', 'lock', 'domain', 'i18n', 'sw'] as const;
  const layer = layers.find((name) => name === top);
  if (!layer) throw new Error(`no layer for ${path}: add it to the rules and the docs`);
  return { layer };
}

// What each layer may import. Lower layers never see the shell or the features, and a lower
// layer sees only those below it: ui sits on services (settings), services on db, db on the
// bundle format, the app lock's crypto and domain; i18n is beside them and needs only domain.
// The lock sits beside the bundle: db seals and opens records with it, and it sees only
// domain (the record types it classifies), so it never reaches storage or the file format.
const below: Layer[] = ['ui', 'services', 'db', 'bundle', 'lock', 'domain', 'i18n', 'types'];
type Layer = Area['layer'];
const allowed = new Map<Layer, ReadonlySet<Layer>>([
  ['entry', new Set(['app', 'features', ...below])],
  ['app', new Set(['app', 'features', ...below])],
  ['features', new Set(['features', ...below])],
  ['ui', new Set(below)],
  ['services', new Set(['services', 'db', 'bundle', 'lock', 'domain', 'i18n', 'types'])],
  ['db', new Set(['db', 'bundle', 'lock', 'domain', 'types'])],
  ['bundle', new Set(['bundle', 'domain', 'types'])],
  ['lock', new Set(['lock', 'domain', 'types'])],
  ['domain', new Set(['domain', 'types'])],
  ['i18n', new Set(['i18n', 'domain', 'types'])],
  // The worker shares only pure code with the page: the method's rules (the reminder's
  // schedule) and message catalogs, never the database layer or the shell.
  ['sw', new Set(['sw', 'domain', 'i18n', 'types'])],
  ['types', new Set(['types'])],
]);

/** Why an import breaks a rule, or undefined when it keeps them. */
export function ruleBroken(edge: ImportEdge): string | undefined {
  const from = areaOf(edge.from);
  const to = areaOf(edge.to);
  if (!allowed.get(from.layer)?.has(to.layer)) return `${from.layer} imports ${to.layer}`;
  if (from.layer === 'features' && to.layer === 'features' && from.feature !== to.feature) {
    const publicFile = `src/features/${to.feature}/public.ts`;
    if (edge.to !== publicFile) return `feature ${from.feature} imports ${to.feature} internals`;
  }
  return undefined;
}

/** Every import cycle, each as the list of files around it, starting at its smallest path. */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  // Tarjan's strongly connected components; a component of more than one file (or a file
  // importing itself) holds a cycle. Files are visited in sorted order so reports are stable.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) as number, index.get(target) as number));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      const selfLoop = (next.get(file) ?? []).includes(file);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };
  for (const file of [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].sort()) {
    if (!index.has(file)) visit(file);
  }
  return components.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}
