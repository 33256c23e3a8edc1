import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { webBuildOutputs } from './src/web/web-build-paths.js';
import { webBuildStampPlugin } from './src/web/web-build-stamp.js';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The front end: web/playground (GraphiQL), web/explore (sigma.js) and web/import, built into dist/web and
 * served by src/web/mount-web.ts. Everything is bundled; the pages fetch nothing but their own
 * assets and /graphql. `--mode test` builds the pages the browser tests drive, the explorer with
 * its test handle among them, into dist/web-test (see src/web/web-build-paths.ts).
 */
export default defineConfig(({ command, mode }) => {
  const output = webBuildOutputs[mode === 'test' ? 'test' : 'production'];
  return {
    root: resolve(root, 'web'),
    base: '/',
    publicDir: false,
    plugins: [webBuildStampPlugin()],
    // Builds are always for serving: React's production build and JSX runtime even when the
    // caller's NODE_ENV is `test` (vitest building through ensureWebBuild) or `development`.
    // (Setting process.env.NODE_ENV here instead would leak into the calling process.)
    define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
    esbuild: command === 'build' ? { jsxDev: false } : {},
    resolve: {
      alias: [
        // The browser builds use the native DOMParser instead of bundling @xmldom/xmldom.
        { find: /^graphology-gexf$/, replacement: 'graphology-gexf/browser/index.js' },
        { find: /^graphology-graphml$/, replacement: 'graphology-graphml/browser/index.js' },
      ],
    },
    build: {
      outDir: output.outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Modern browsers preload modules natively; the polyfill would be one more inline-able script.
      modulePreload: { polyfill: false },
      // GraphiQL (CodeMirror, the GraphQL language service) is one large chunk by nature.
      chunkSizeWarningLimit: 2500,
      rollupOptions: {
        onwarn(warning, warn) {
          // React libraries' "use client" markers mean nothing outside server components.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
        input: Object.fromEntries(
          Object.keys(output.pages).map((page) => [page, resolve(root, `web/${page}/index.html`)]),
        ),
      },
    },
    server: {
      // `vite` dev server: the pages import examples/, src/export/ and src/client/ from outside web/.
      fs: { allow: [root] },
      proxy: { '/graphql': 'http://localhost:4000' },
    },
  };
});
