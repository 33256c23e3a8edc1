import type { Random } from './random.js';

/**
 * A plausible typo of `name`: one letter dropped, doubled, or swapped with its neighbour. Names of
 * fewer than four letters are returned unchanged (a typo there reads as another word).
 */
export function misspell(name: string, random: Random): string {
  const letters = [...name];
  const positions = letters
    .map((char, index) => (/\p{L}/u.test(char) ? index : -1))
    .filter((index) => index > 0);
  if (positions.length < 3) return name;
  const at = random.pick(positions);
  switch (random.int(0, 2)) {
    case 0:
      letters.splice(at, 1);
      break;
    case 1:
      letters.splice(at, 0, letters[at] as string);
      break;
    default: {
      const next = at + 1 < letters.length ? at + 1 : at - 1;
      [letters[at], letters[next]] = [letters[next] as string, letters[at] as string];
    }
  }
  const typo = letters.join('');
  return typo === name ? `${name.slice(0, -1)}` : typo;
}
