import type { Random } from './random.js';

/**
 * Draws from `items` with Zipf-skewed popularity: the item at rank k (0-based) has weight
 * 1 / (k + 1)^exponent, so a few are everywhere and most are rare, as with real employers and tools.
 */
export class Zipf<T> {
  private readonly items: readonly T[];
  private readonly cumulative: number[];

  constructor(items: readonly T[], exponent: number) {
    if (items.length === 0) throw new Error('Zipf over an empty list');
    this.items = items;
    let total = 0;
    this.cumulative = items.map((_, rank) => {
      total += 1 / (rank + 1) ** exponent;
      return total;
    });
  }

  draw(random: Random): T {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const target = random.float() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }

  /** `count` different items (fewer if the list is shorter). */
  drawDistinct(random: Random, count: number): T[] {
    const chosen = new Set<T>();
    const wanted = Math.min(count, this.items.length);
    for (let attempts = 0; chosen.size < wanted && attempts < wanted * 50; attempts++)
      chosen.add(this.draw(random));
    return [...chosen];
  }
}
