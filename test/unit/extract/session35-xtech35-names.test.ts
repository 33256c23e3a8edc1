import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { extractText, seedCatalogue } from './extract-text.js';

// Session 35 (xtech35): words read as technologies where nothing vouches for them, and names of several parts read
// in part. Lines written for these tests, of invented work.

const found = async (text: string) =>
  createMentionMatcher((await seedCatalogue()).technologies)
    .find(text)
    .map((mention) => `${mention.technologyId}=${mention.text}`);

const technologies = async (...lines: string[]) => {
  const result = await extractText(['Tamar Okonjo-Lindgren', 'Malmö', '', 'Experience', ...lines].join('\n'));
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => position.technologies ?? []),
  );
};

const skills = async (fileName: string, ...lines: string[]) => {
  const result = await extractText(
    [
      'Tamar Okonjo-Lindgren',
      'Malmö',
      '',
      'Experience',
      'Engineer, Öresund Freight, Jan 2020 - Mar 2023',
      '- Routing services in Go.',
      '',
      'Skills',
      '',
      ...lines,
    ].join('\n'),
    fileName,
  );
  return (result.resume.skills ?? []).map((group) => ({ name: group.name, keywords: group.keywords }));
};

describe('a name the catalogue shares with a city', () => {
  it('is the city in a header and in prose, where nothing lists it with a technology', async () => {
    expect(await found('Nile Freight    Cairo, Egypt')).toEqual([]);
    expect(await found('Relocated from Istanbul to Rotterdam in 2022.')).toEqual([]);
  });

  it('is the technology listed beside another', async () => {
    expect(await found('Coverage with Istanbul and Mocha')).toEqual(['istanbul=Istanbul', 'mocha=Mocha']);
  });

  it('lends no list to the country after it', async () => {
    expect(
      await technologies(
        'Engineer, Nile Freight    Cairo, Egypt',
        'Jan 2020 - Mar 2023',
        '- Tracking services in Go.',
      ),
    ).toEqual([['Go']]);
  });
});

describe('a word before "API" at a sentence\'s start', () => {
  it("is the sentence's noun or verb, no product's name", async () => {
    expect(
      await technologies(
        'Engineer, Öresund Freight, Jan 2020 - Mar 2023',
        '- Refunds API in Kotlin with Ktor.',
        "- Udviklede API'er til betaling i Kotlin.",
      ),
    ).toEqual([['Kotlin', 'Ktor']]);
  });

  it("is a product's name inside a sentence", async () => {
    expect(
      await technologies(
        'Engineer, Öresund Freight, Jan 2020 - Mar 2023',
        '- Synced routes with the Garmin API in Go.',
      ),
    ).toEqual([['Garmin API', 'Go']]);
  });
});

describe('capitals hyphened to more capitals', () => {
  it('leave a name that only begins as another alone', async () => {
    expect(await found('Model training in JAX and PyTorch')).toEqual(['jax=JAX', 'pytorch=PyTorch']);
  });

  it('keep each part the catalogue knows', async () => {
    expect(await found('Clusters on AWS-EKS')).toEqual(['eks=AWS-EKS']);
  });
});

describe("Jakarta EE's specifications and a CI server by the names résumés write", () => {
  it('are technologies of their own', async () => {
    expect(await found('Servicios con JAX-RS y JPA; clientes JAX-WS')).toEqual([
      'jax-rs=JAX-RS',
      'jpa=JPA',
      'jax-ws=JAX-WS',
    ]);
    expect(await found('Telas: Java, JSF; entrega contínua com GoCD.')).toEqual([
      'java=Java',
      'javaserver-faces=JSF',
      'gocd=GoCD',
    ]);
  });
});

describe("Oracle's precompiler", () => {
  it('is one name across its star', async () => {
    expect(await found('Rotinas em Pro*C e PL/SQL')).toEqual(['pro-c=Pro*C', 'plsql=PL/SQL']);
  });

  it('leaves names in Markdown emphasis as they were', async () => {
    expect(await found('*Kotlin* and *Go*')).toEqual(['kotlin=Kotlin', 'go=Go']);
  });
});

describe('"MS SQL"', () => {
  it('is SQL Server written with its vendor', async () => {
    expect(await found('Reports in C# and MS SQL')).toEqual(['csharp=C#', 'sql-server=MS SQL']);
  });
});

describe('a stack in a skills list', () => {
  it('names each part of a slashed stack, a version no part of the name', async () => {
    expect(await skills('resume.txt', 'Platforms: C#/.NET 8/ASP.NET Core, Azure')).toEqual([
      { name: 'Platforms', keywords: ['C#', '.NET', 'ASP.NET Core', 'Azure'] },
    ]);
  });

  it('names each name of a run set apart by spaces, a version after one of them', async () => {
    expect(await skills('resume.txt', 'C# .NET 8 ASP.NET Core', 'Kubernetes, Terraform')).toEqual([
      { name: 'Skills', keywords: ['C#', '.NET', 'ASP.NET Core', 'Kubernetes', 'Terraform'] },
    ]);
  });

  it('reads no HTML comment of a Markdown file as an item', async () => {
    expect(await skills('resume.md', '`Go` `Kafka` `Redis`', '', '<!-- Stats -->', '')).toEqual([
      { name: 'Skills', keywords: ['Go', 'Kafka', 'Redis'] },
    ]);
  });
});
