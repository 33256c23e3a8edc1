// `npm run lock:complete`, after any `npm install` that changes package-lock.json.
//
// The npm registry this project's machines (and CI) reach serves only the Linux glibc builds of
// platform-specific packages (@esbuild/*, @rollup/*, @biomejs/cli-*). npm then writes a lockfile
// without the other platforms' optional packages, and `npm ci` rejects it ("Missing: … from lock
// file"). This adds each missing one as an optional entry with the os, cpu and libc its name
// states: npm skips it on every other platform, and installs it by name and version on its own.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const oses = [
  'android',
  'darwin',
  'win32',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
  'linux',
];
const cpus = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

/** os, cpu and libc from a platform package's name, e.g. `@rollup/rollup-linux-x64-musl`. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = oses.find((candidate) => parts.includes(candidate));
  if (!os) return undefined;
  const cpu =
    cpus.find((candidate) => parts.includes(candidate)) ?? (parts.includes('x86') ? 'ia32' : undefined);
  const libc = parts.includes('musl') ? 'musl' : os === 'linux' ? 'glibc' : undefined;
  return { os: [os], ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

const added = [];
const unknown = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (packages[target] || packages[nested]) continue;
    const platform = platformOf(name);
    if (!platform) {
      unknown.push(`${name}@${version}`);
      continue;
    }
    packages[target] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added.push(`${name}@${version}`);
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Added ${added.length} platform packages to package-lock.json.`);
if (unknown.length > 0) {
  console.error(
    `Optional dependencies missing from the lockfile whose platform the name does not tell: ${unknown.join(', ')}`,
  );
  process.exitCode = 1;
}
