/*
 * Tells zod, before any module loads, never to compile parsers with `new Function`: the page's
 * Content-Security-Policy (script-src 'self', src/server/http/security-headers.ts) forbids eval,
 * and zod's probe for it is reported as a CSP violation on every load (Lighthouse "best
 * practices"). zod reads this global when its core module loads (zod/v4/core/core.js); a
 * z.config() call in a module would run too late, after the chunk that builds the contracts'
 * schemas. A deferred classic script placed before the module scripts, so it runs before them.
 */
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
