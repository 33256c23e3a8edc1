import { resolve } from 'node:path';
import { projectRoot } from '../config.js';

/**
 * The two builds of the front end. `production` is what the server serves. `test` (Vite's `test`
 * mode) holds the pages the browser tests drive, the explorer with its test handle,
 * `window.__explorer`, which the browser tests and bench:explore read the page through; the
 * production bundle leaves the handle out.
 */
export type WebBuildVariant = 'production' | 'test';

/** The pages: each one's entry is web/<page>/index.html and its built HTML <outDir>/<page>/index.html. */
export const webPages = ['playground', 'explore', 'import'] as const;
export type WebPage = (typeof webPages)[number];

/** The test build leaves out the playground, which no test reads through a handle (its bundle is most of the build time). */
const testBuildPages = ['explore', 'import'] as const satisfies readonly WebPage[];

export interface WebBuildOutput {
  /** Vite's mode for this build. */
  mode: WebBuildVariant;
  outDir: string;
  /** Each page's built HTML, for the pages this build holds. */
  pages: { readonly [page in WebPage]?: string };
}

function output<Page extends WebPage>(
  mode: WebBuildVariant,
  folder: string,
  pages: readonly Page[],
): WebBuildOutput & { pages: Readonly<Record<Page, string>> } {
  const outDir = resolve(projectRoot, folder);
  const html = Object.fromEntries(pages.map((page) => [page, resolve(outDir, page, 'index.html')]));
  return { mode, outDir, pages: html as Record<Page, string> };
}

export const webBuildOutputs = {
  production: output('production', 'dist/web', webPages),
  test: output('test', 'dist/web-test', testBuildPages),
} as const satisfies Readonly<Record<WebBuildVariant, WebBuildOutput>>;

/** Where the front end comes from, and where the production build goes. */
export const webBuildPaths = {
  configFile: resolve(projectRoot, 'vite.config.ts'),
  outDir: webBuildOutputs.production.outDir,
  /** A build is stale when anything under these is newer than its stamp. */
  inputs: [
    resolve(projectRoot, 'web'),
    resolve(projectRoot, 'examples'),
    resolve(projectRoot, 'src/export'),
    resolve(projectRoot, 'src/client'),
    // the import page reads résumé paths with the server's own rules
    resolve(projectRoot, 'src/resume'),
    resolve(projectRoot, 'vite.config.ts'),
    // esbuild reads its JSX and target settings from here
    resolve(projectRoot, 'tsconfig.json'),
    resolve(projectRoot, 'package-lock.json'),
  ],
  pages: webBuildOutputs.production.pages,
} as const;
