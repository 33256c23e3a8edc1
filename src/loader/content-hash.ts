import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.js';
import { projectRoot } from '../config.js';

/*
 * A person's `contentHash` says which input their part of the graph was loaded from, so that a
 * reload of the same file skips it without parsing the file or reading the graph. It is the
 * SHA-256 of
 *   - the loader fingerprint: the catalogues in use and the code that turns a file into a graph
 *     (CODE_INPUTS), so that a new catalogue entry or a changed rule loads every file again;
 *   - the file's name (without its folder: the extension picks the format, and a file without an
 *     `id` takes its person id from the name);
 *   - the file's bytes.
 * Equal hashes mean the same person and the same planned graph; the person's own part of the graph
 * changes only through their own load or delete, which rewrites or removes the hash in the same
 * transaction. A person loaded from something other than a file (importResume) has no hash.
 */

/** What decides the graph a file gives, besides the file and the catalogues' entries. */
const CODE_INPUTS = ['src/resume', 'src/catalogue', 'src/loader', 'src/graph', 'schema/resume.schema.json'];

let codeFingerprint: Promise<string> | undefined;
const fingerprints = new WeakMap<Catalogue, Promise<string>>();

/** The loader fingerprint for `catalogue` (computed once per catalogue and process). */
export function loaderFingerprint(catalogue: Catalogue): Promise<string> {
  let fingerprint = fingerprints.get(catalogue);
  if (!fingerprint) {
    codeFingerprint ??= hashCode();
    fingerprint = codeFingerprint.then((code) =>
      createHash('sha256')
        .update(code)
        .update(JSON.stringify(catalogue.technologies.entries))
        .update(JSON.stringify(catalogue.companies.entries))
        .digest('hex'),
    );
    fingerprints.set(catalogue, fingerprint);
  }
  return fingerprint;
}

/** The `contentHash` of a file named `file` holding `bytes`, under `fingerprint`. */
export function contentHash(fingerprint: string, file: string, bytes: Uint8Array): string {
  return createHash('sha256')
    .update(`${fingerprint}\n${basename(file)}\n`)
    .update(bytes)
    .digest('hex');
}

async function hashCode(): Promise<string> {
  const files = (await Promise.all(CODE_INPUTS.map((input) => filesUnder(join(projectRoot, input))))).flat();
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${relative(projectRoot, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

/** The files under `path`, recursively (unsorted); `path` itself when it is no folder. */
export async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [path];
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? filesUnder(join(path, entry.name)) : [join(path, entry.name)],
    ),
  );
  return nested.flat();
}
