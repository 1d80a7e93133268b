// Build-time constants injected by vite.config.ts.

/** The app version from package.json, plus a build id in test builds. */
declare const __APP_VERSION__: string;
