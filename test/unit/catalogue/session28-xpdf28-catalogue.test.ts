import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';

/**
 * Session 28 (xpdf28): widely used products the catalogue lacked, each named in running text by its full name, not by
 * a shorter entry inside it (SDL Trados Studio is no SDL, VxWorks 653 no plain VxWorks, ASP.NET Web Forms no bare .NET).
 */

let catalogue: Promise<Catalogue> | undefined;
const seed = () => {
  catalogue ??= loadCatalogue();
  return catalogue;
};

describe('products added in session 28', () => {
  it.each([
    ['Localised the manuals in SDL Trados Studio and memoQ.', 'SDL Trados Studio', 'sdl-trados-studio'],
    ['Static analysis with Coverity on every merge request.', 'Coverity', 'coverity'],
    ["Tested the kernel's SocketCAN drivers on ARM boards.", 'SocketCAN', 'socketcan'],
    ['Display software in C++ on VxWorks 653 for the cockpit.', 'VxWorks 653', 'vxworks-653'],
    ['Maintainer of the ARINC 661 widget library.', 'ARINC 661', 'arinc-661'],
    ['Builds moved from fastlane on a Mac mini to Xcode Cloud.', 'Xcode Cloud', 'xcode-cloud'],
    ['A gem with 40k downloads on RubyGems.', 'RubyGems', 'rubygems'],
    ['Trained new agents on the Siebel CRM.', 'Siebel CRM', 'siebel-crm'],
    ['Kept the ASP.NET Web Forms back office alive.', 'ASP.NET Web Forms', 'aspnet-web-forms'],
  ])('finds %j as its own entry', async (text, written, id) => {
    const { technologies } = await seed();
    const mentions = createMentionMatcher(technologies).find(text);
    expect(mentions.map((mention) => [mention.text, mention.technologyId])).toContainEqual([written, id]);
  });

  it('reads "web forms" in prose as no framework', async () => {
    const { technologies } = await seed();
    const mentions = createMentionMatcher(technologies).find('Accessible web forms for the tax office.');
    expect(mentions.map((mention) => mention.technologyId)).not.toContain('aspnet-web-forms');
  });
});
