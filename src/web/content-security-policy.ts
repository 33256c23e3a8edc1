/**
 * The pages' Content-Security-Policy: nothing but this origin. Scripts are bundled files (no
 * inline script, no eval); styles allow inline because GraphiQL and sigma set element styles;
 * ForceAtlas2's worker and downloads are blob: URLs; fonts and icons may be data: URLs.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
