import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * The heap in use after a full garbage collection, in bytes: what the process keeps, as opposed to
 * what V8 has not collected yet. Exposes V8's `gc` at first use, so no command-line flag is needed.
 */
export function heapKept(): number {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  return process.memoryUsage().heapUsed;
}
