import type { ReadLine } from './line-model.js';
export async function readDocx(_fileName: string, _bytes: Uint8Array): Promise<ReadLine[]> {
  return [];
}
