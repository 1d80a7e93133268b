// zod as the app uses it: configured once, before any schema is made. The app runs under a
// CSP without 'unsafe-eval', so zod must not probe for `new Function` (the probe is reported
// as a CSP violation even though zod catches it). Every module that makes schemas imports z
// from here (tests/unit/architecture checks it), so whichever loads first, the setting holds.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
