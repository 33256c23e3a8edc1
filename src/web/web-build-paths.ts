import { resolve } from 'node:path';
import { projectRoot } from '../config.js';

/**
 * The two builds of the front end. `production` is what the server serves. `test` (Vite's `test`
 * mode) is the explorer alone with its test handle, `window.__explorer`, which the browser tests
 * and bench:explore read the page through; the production bundle leaves the handle out.
 */
export type WebBuildVariant = 'production' | 'test';

export interface WebBuildOutput {
  /** Vite's mode for this build. */
  mode: WebBuildVariant;
  outDir: string;
  /** Each page's built HTML (its entry is web/<page>/index.html). */
  pages: Readonly<Record<string, string>>;
}

export const webBuildOutputs: Readonly<Record<WebBuildVariant, WebBuildOutput>> = {
  production: {
    mode: 'production',
    outDir: resolve(projectRoot, 'dist/web'),
    pages: {
      playground: resolve(projectRoot, 'dist/web/playground/index.html'),
      explore: resolve(projectRoot, 'dist/web/explore/index.html'),
    },
  },
  test: {
    mode: 'test',
    outDir: resolve(projectRoot, 'dist/web-test'),
    pages: { explore: resolve(projectRoot, 'dist/web-test/explore/index.html') },
  },
};

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
    resolve(projectRoot, 'vite.config.ts'),
    // esbuild reads its JSX and target settings from here
    resolve(projectRoot, 'tsconfig.json'),
    resolve(projectRoot, 'package-lock.json'),
  ],
  pages: {
    playground: webBuildOutputs.production.pages.playground as string,
    explore: webBuildOutputs.production.pages.explore as string,
  },
} as const;
