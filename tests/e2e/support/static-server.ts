// A small static server for the browser suite: serves a production build the way a host
// would (SPA fallback, no caching of index.html and sw.js, the security headers), and can
// switch builds or go down, driven from the tests through a separate admin port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.koers': 'application/octet-stream',
};

/** Headers the app is served with (the same policy as the preview server). */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** A running app server and its admin controls. */
export interface AppServer {
  url: string;
  adminUrl: string;
  close: () => Promise<void>;
}

/** Serves `builds[initial]`; the admin port switches builds (`/switch?to=name`) or goes down. */
export async function startAppServer(
  builds: Record<string, string>,
  initial: string,
): Promise<AppServer> {
  let root = builds[initial] ?? '';
  let down = false;

  const app = createServer((request, response) => {
    if (down) {
      request.socket.destroy();
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // Unknown paths without an extension are app routes: serve the shell.
      if (extname(path)) {
        response.writeHead(404).end();
        return;
      }
      file = join(root, 'index.html');
    }
    const noCache = file.endsWith('index.html') || file.endsWith('sw.js');
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': noCache ? 'no-cache' : 'public, max-age=31536000, immutable',
      ...securityHeaders,
    });
    createReadStream(file).pipe(response);
  });

  const admin = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/switch') {
      const next = builds[url.searchParams.get('to') ?? ''];
      if (!next) {
        response.writeHead(400).end('unknown build');
        return;
      }
      root = next;
    } else if (url.pathname === '/down') {
      down = true;
    } else if (url.pathname === '/up') {
      down = false;
    }
    response.writeHead(200).end('ok');
  });

  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => admin.listen(0, '127.0.0.1', resolve));
  const close = (server: Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${(app.address() as AddressInfo).port}`,
    adminUrl: `http://127.0.0.1:${(admin.address() as AddressInfo).port}`,
    close: async () => {
      await Promise.all([close(app), close(admin)]);
    },
  };
}
