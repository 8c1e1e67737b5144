/**
 * The build's security and offline plugins (issue 13 §2, §5), kept out of vite.config.ts:
 * - the Content-Security-Policy `<meta>` in the built index.html (not in dev: Vite's dev server
 *   injects inline scripts and styles for hot reload);
 * - the service worker (vite-plugin-pwa, generateSW): precaches every built file, lazy chunks and
 *   the Japanese catalogue included, so after one visit the app works with no network;
 * - `vite build --mode single` (npm run build:single): one HTML file with every script and style
 *   inlined and its own policy of sha256 hashes, no service worker.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ConfigEnv, Plugin, PluginOption, UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { CONTENT_SECURITY_POLICY, SINGLE_FILE_NAME, SINGLE_MODE, singleFilePolicy } from './csp.ts';

const FAVICON = new URL('../public/favicon.svg', import.meta.url);

function cspMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The text of every inline `<script>` / `<style>` element of a page. */
function inlineBlocks(html: string, tag: 'script' | 'style'): string[] {
  const blocks: string[] = [];
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  for (const match of html.matchAll(pattern)) {
    if (tag === 'script' && /\ssrc=/.test(match[1] ?? '')) continue;
    blocks.push(match[2] ?? '');
  }
  return blocks;
}

/** The served build: the policy as the first element of `<head>`, so it covers everything after it. */
function policyMeta(): Plugin {
  return {
    name: 'wfp:csp-meta',
    apply: (_config, env) => env.command === 'build' && env.mode !== SINGLE_MODE,
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<head>/, `<head>\n    ${cspMeta(CONTENT_SECURITY_POLICY)}`),
    },
  };
}

/** Restricts a plugin (or a plugin array) to builds other than the single-file one. */
function notInSingleFile(option: PluginOption): PluginOption {
  if (Array.isArray(option)) return option.map(notInSingleFile);
  if (option === null || typeof option !== 'object' || !('name' in option)) return option;
  const plugin = option as Plugin;
  const original = plugin.apply;
  return {
    ...plugin,
    apply: (config: UserConfig, env: ConfigEnv) =>
      env.mode !== SINGLE_MODE &&
      (original === undefined ||
        (typeof original === 'function' ? original(config, env) : original === env.command)),
  };
}

/**
 * The single-file page: its inline script and style allowed by hash, the favicon as a data: URL
 * (a `/favicon.svg` would be a request for a file at the root of the disk), written as
 * dist-single/wfp-layer-chooser.html. Runs after vite-plugin-singlefile has inlined everything.
 */
function singleFilePolicyPlugin(): Plugin {
  return {
    name: 'wfp:single-file-policy',
    enforce: 'post',
    apply: (_config, env) => env.command === 'build' && env.mode === SINGLE_MODE,
    config: () => ({
      publicDir: false,
      build: { outDir: 'dist-single', sourcemap: false, modulePreload: false },
    }),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page === undefined || page.type !== 'asset') {
          this.error('single-file build: no index.html in the bundle');
        }
        const leftOver = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (leftOver.length > 0) {
          this.error(`single-file build: not inlined: ${leftOver.join(', ')}`);
        }
        const favicon = `data:image/svg+xml;base64,${readFileSync(FAVICON).toString('base64')}`;
        let html = String(page.source).replace(/href="[^"]*favicon\.svg"/, `href="${favicon}"`);
        if (/<(script|link)\b[^>]*\s(src|href)="(?!data:)[^"]*"/.test(html)) {
          this.error('single-file build: the page still refers to another file');
        }
        const policy = singleFilePolicy(
          inlineBlocks(html, 'script').map(sha256),
          inlineBlocks(html, 'style').map(sha256),
        );
        html = html.replace(/<head>/, `<head>\n    ${cspMeta(policy)}`);
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
      },
    },
  };
}

export function securityPlugins(): PluginOption[] {
  return [
    notInSingleFile(
      VitePWA({
        registerType: 'autoUpdate',
        // No injected registration: src/app/service-worker.ts registers sw.js after the diagram's
        // first look has painted (issue 12), from the page's own script (no inline script for the
        // policy to allow).
        injectRegister: false,
        // Offline needs no install prompt: no manifest, so no icons to make or fetch.
        manifest: false,
        workbox: {
          // Every built file: entry, lazy chunks (workshop modes, details, the Japanese
          // catalogue), styles, the favicon.
          globPatterns: ['**/*.{js,css,html,svg,txt}'],
          // Only the app's own page is served from the cache: other paths go to the network.
          navigateFallback: null,
          runtimeCaching: [],
          cleanupOutdatedCaches: true,
          // registerType 'autoUpdate': a new build takes over at once (set here because
          // injectRegister is not 'auto').
          skipWaiting: true,
          clientsClaim: true,
          // The worker's own source map is not needed and doubles its build time.
          sourcemap: false,
        },
      }),
    ),
    policyMeta(),
    // In the single-file build only: inline every script and style, then hash them.
    {
      ...viteSingleFile(),
      apply: (_config: UserConfig, env: ConfigEnv) =>
        env.command === 'build' && env.mode === SINGLE_MODE,
    } as Plugin,
    singleFilePolicyPlugin(),
  ];
}
