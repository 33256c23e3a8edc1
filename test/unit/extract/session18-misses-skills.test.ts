import { describe, expect, it } from 'vitest';
import { skillsOf } from './extract-text.js';

/** Session 18: a skills item written as a phrase or a sentence gives the catalogue's names inside it, as a list would. */

describe('skills written as phrases', () => {
  it('reads the names out of a phrase item among list items', async () => {
    expect(await skillsOf('C++ and Rust systems programming, Kubernetes, Terraform')).toEqual([
      { name: 'Skills', keywords: ['C++', 'Rust', 'Kubernetes', 'Terraform'] },
    ]);
  });

  it('reads the names out of a phrase that is the whole line', async () => {
    expect(await skillsOf('C++ and Rust systems programming')).toEqual([
      { name: 'Skills', keywords: ['C++', 'Rust'] },
    ]);
  });

  it('reads the names out of a sentence of a few words, a verb first', async () => {
    expect(await skillsOf('Built tooling in Python', 'Deployed services on Kubernetes with Helm')).toEqual([
      { name: 'Skills', keywords: ['Python', 'Kubernetes', 'Helm'] },
    ]);
  });

  it('reads a phrase of how well, with a bracketed list after it', async () => {
    expect(await skillsOf('Experienced with AWS (Lambda, S3)')).toEqual([
      { name: 'Skills', keywords: ['AWS', 'Lambda', 'S3'] },
    ]);
  });

  it('reads the names of a labelled group whose items are phrases', async () => {
    // REST is a protocol, a technology (session 20; it was a practice before).
    expect(await skillsOf('Backend: REST APIs in Go, event streaming with Kafka')).toEqual([
      { name: 'Backend', keywords: ['REST APIs', 'Go', 'Kafka'] },
    ]);
  });

  it('keeps an item made of names whole, and a name of capitalised words the catalogue lacks', async () => {
    expect(await skillsOf('Spring Boot, Chronicle Queue, Delta Lake')).toEqual([
      { name: 'Skills', keywords: ['Spring Boot', 'Chronicle Queue', 'Delta Lake'] },
    ]);
  });

  it('takes no word of a place named in a phrase for a technology ("Kong" of "Hong Kong")', async () => {
    expect(await skillsOf("Code for Hong Kong girls' coding club, Python")).toEqual([
      { name: 'Skills', keywords: ['Python'] },
    ]);
  });

  it('cuts no name out of a phrase in which the catalogue finds none', async () => {
    // Session 19: a phrase of common words in lower case names a field or a practice, no technology (the golds'
    // convention), so it is left out whole rather than kept.
    expect(await skillsOf('distributed systems design, Python')).toEqual([
      { name: 'Skills', keywords: ['Python'] },
    ]);
  });
});
