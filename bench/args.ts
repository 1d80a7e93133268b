// Command-line options of `npm run bench`.

/** What a run does. */
export interface BenchOptions {
  quick: boolean;
  json?: string;
  /** Reuse the builds in dist/ and dist-bench/ instead of building. */
  build: boolean;
  seed: number;
  runs?: number;
  /** Only figures whose name contains one of these (and what they depend on). */
  only: string[];
  markdown?: string;
}

/** Parses argv (without node and the script). Throws on anything unknown. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { quick: false, build: true, seed: 20260115, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--quick') options.quick = true;
    else if (arg === '--json') options.json = value();
    else if (arg === '--markdown') options.markdown = value();
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--seed') options.seed = Number.parseInt(value(), 10);
    else if (arg === '--runs') options.runs = Number.parseInt(value(), 10);
    else if (arg === '--only') options.only.push(...value().split(','));
    else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isFinite(options.seed)) throw new Error('--seed needs an integer');
  if (options.runs !== undefined && !(options.runs >= 1)) throw new Error('--runs needs 1 or more');
  return options;
}

/** The usage line. */
export const usage =
  'npm run bench -- [--quick] [--json FILE] [--markdown FILE] [--no-build] [--seed N] [--runs N] [--only name,…]';
