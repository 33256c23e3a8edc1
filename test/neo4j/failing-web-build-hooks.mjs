// Module hooks for failing-web-build.mjs: src/main.ts's import of the web build resolves to a stub.
const stub = `data:text/javascript,${encodeURIComponent(
  "export function ensureWebBuild() { return Promise.reject(new Error('Vite failed: stub build error')); }",
)}`;

export async function resolve(specifier, context, next) {
  if (specifier === './web/ensure-web-build.js' && context.parentURL?.endsWith('/src/main.ts')) {
    return { url: stub, shortCircuit: true };
  }
  return next(specifier, context);
}
