/**
 * The Content-Security-Policy of the app (issue 13 §2), in one place for the build, the preview
 * server and the tests. Nothing here is inline: the page is one same-origin module script and
 * same-origin stylesheets, so `script-src 'self'` and `style-src 'self'` hold without
 * `'unsafe-inline'` or `'unsafe-eval'`.
 *
 * Why no exception is needed for styles: React, React Flow (node transforms, edge strokes) and
 * html-to-image (the export's cloned computed styles) set styles through the CSSOM
 * (`element.style.x = …`, `style.setProperty`, `style.cssText = …`), which a policy does not
 * govern; only `<style>` elements and `style="…"` attributes parsed from markup are. React Flow 12
 * injects no `<style>` element (its CSS is imported and bundled). html-to-image builds its SVG
 * (with `style` attributes and a `<style>` for pseudo-elements) in a detached clone and loads it
 * as an image from a `data:` URL; an image document has no scripts and is not under the page's
 * policy, which only has to allow the `data:` image itself (`img-src data:`), and `blob:` for the
 * downloads. test/browser/security.e2e.ts proves it: no violation in any mode.
 */

/** Directives of the served app: the `<meta http-equiv>` in dist/index.html and the preview header. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as the page's `<meta http-equiv="Content-Security-Policy">` carries it. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The policy as the preview server's header carries it: the same, plus `frame-ancestors`, which
 * browsers ignore (with a console error) in a `<meta>`.
 */
export const CONTENT_SECURITY_POLICY_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join(
  '; ',
);

/**
 * The single-file build's policy (`npm run build:single`, opened from disk): everything is inline,
 * so scripts and styles are allowed by the sha256 of each inline block, never by
 * `'unsafe-inline'`; nothing may be fetched at all (`default-src 'none'`, no `'self'`: on
 * `file://` that would be every file on the disk).
 */
export function singleFilePolicy(scriptHashes: readonly string[], styleHashes: readonly string[]) {
  const sources = (hashes: readonly string[]) =>
    hashes.length === 0 ? "'none'" : hashes.map((h) => `'${h}'`).join(' ');
  return [
    "default-src 'none'",
    `script-src ${sources(scriptHashes)}`,
    `style-src ${sources(styleHashes)}`,
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The single-file build's output, in dist-single/. */
export const SINGLE_FILE_NAME = 'wfp-layer-chooser.html';
/** The Vite mode of that build (`vite build --mode single`). */
export const SINGLE_MODE = 'single';
