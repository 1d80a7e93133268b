// Serves the builds the way a host would (SPA fallback, caching headers, security headers),
// with the browser suite's static server; each build on its own origin.
import { type AppServer, startAppServer } from '../tests/e2e/support/static-server';

/** The running servers and a way to take each down (offline) and up again. */
export interface BenchServers {
  app: AppServer;
  baseline: AppServer;
  pages: AppServer;
  set: (server: 'app' | 'baseline', state: 'up' | 'down') => Promise<void>;
  close: () => Promise<void>;
}

/** Starts one server per build folder. */
export async function startServers(dirs: {
  app: string;
  baseline: string;
  pages: string;
}): Promise<BenchServers> {
  const app = await startAppServer({ main: dirs.app }, 'main');
  const baseline = await startAppServer({ main: dirs.baseline }, 'main');
  const pages = await startAppServer({ main: dirs.pages }, 'main');
  const byName = { app, baseline };
  return {
    app,
    baseline,
    pages,
    set: async (server, state) => {
      await fetch(`${byName[server].adminUrl}/${state}`);
    },
    close: async () => {
      await Promise.all([app.close(), baseline.close(), pages.close()]);
    },
  };
}
