import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';

/**
 * Session 29 (xtech29): widely used products the catalogue lacked (a Java architecture-test library, Laravel's
 * first-party billing library and server service, PHP's Pest, the telecom management protocol TL1, Vietnam's two
 * largest payment services, Cloudera's platform by the vendor's name), each found in running text by its full name.
 */

let catalogue: Promise<Catalogue> | undefined;
const seed = () => {
  catalogue ??= loadCatalogue();
  return catalogue;
};
const found = async (text: string) => {
  const { technologies } = await seed();
  return createMentionMatcher(technologies)
    .find(text)
    .map((mention) => [mention.text, mention.technologyId]);
};

describe('products added in session 29', () => {
  it.each([
    ['Layering rules checked with ArchUnit in every build.', 'ArchUnit', 'archunit'],
    ['Subscriptions on Laravel Cashier and Paddle.', 'Laravel Cashier', 'laravel-cashier'],
    ['Servers provisioned with Laravel Forge on Hetzner.', 'Laravel Forge', 'laravel-forge'],
    ['Feature tests in PHPUnit and Pest.', 'Pest', 'pest-php'],
    ['Wrote the element manager adapters speaking TL1 to the SDH multiplexers.', 'TL1', 'tl1'],
    ['Checkout through VNPay for a chain of pharmacies.', 'VNPay', 'vnpay'],
    ['Top-ups paid by MoMo e-wallet.', 'MoMo e-wallet', 'momo-wallet'],
    ['Batch jobs on a Cloudera cluster of 40 nodes.', 'Cloudera', 'cloudera-cdh'],
  ])('finds %j as its own entry', async (text, written, id) => {
    expect(await found(text)).toContainEqual([written, id]);
  });

  it('reads "pest" as an ordinary word outside a list of technologies', async () => {
    expect(
      (await found('Pest control for the warehouse, then a pest survey.')).map(([, id]) => id),
    ).not.toContain('pest-php');
  });
});
