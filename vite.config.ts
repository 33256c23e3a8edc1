import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { webBuildStampPlugin } from './src/web/web-build-stamp.js';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The front end: web/playground (GraphiQL), web/explore (sigma.js) and web/import, built into dist/web and
 * served by src/web/mount-web.ts. Everything is bundled; the pages fetch nothing but their own
 * assets and /graphql.
 */
export default defineConfig(({ command }) => ({
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
    outDir: resolve(root, 'dist/web'),
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
      input: {
        playground: resolve(root, 'web/playground/index.html'),
        explore: resolve(root, 'web/explore/index.html'),
        import: resolve(root, 'web/import/index.html'),
      },
    },
  },
  server: {
    // `vite` dev server: the pages import examples/ and src/export/ from outside web/.
    fs: { allow: [root] },
    proxy: { '/graphql': 'http://localhost:4000' },
  },
}));
