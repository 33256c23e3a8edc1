import { resolve } from 'node:path';
import { projectRoot } from '../config.js';

/** Where the front end comes from and where its build goes. */
export const webBuildPaths = {
  configFile: resolve(projectRoot, 'vite.config.ts'),
  outDir: resolve(projectRoot, 'dist/web'),
  /** A build is stale when anything under these is newer than its stamp. */
  inputs: [
    resolve(projectRoot, 'web'),
    resolve(projectRoot, 'examples'),
    resolve(projectRoot, 'src/export'),
    resolve(projectRoot, 'vite.config.ts'),
    // esbuild reads its JSX and target settings from here
    resolve(projectRoot, 'tsconfig.json'),
    resolve(projectRoot, 'package-lock.json'),
  ],
  pages: {
    playground: resolve(projectRoot, 'dist/web/playground/index.html'),
    explore: resolve(projectRoot, 'dist/web/explore/index.html'),
    import: resolve(projectRoot, 'dist/web/import/index.html'),
  },
} as const;
