import { describe, expect, it } from 'vitest';
import { titleAt } from '../../../src/extract/header-parts.js';
import { extractText, position, positions, seedCatalogue } from './extract-text.js';

/**
 * Session 31: job headers in other languages: "Title en/em/na/w/på Employer", a former name in brackets after the
 * employer, "Title, unit, Employer" with the unit in lower case, and a title whose dash joins two titles.
 */

describe('titleAt with the words other languages write for "at"', () => {
  const split = async (segment: string) => {
    const found = titleAt(segment, await seedCatalogue());
    return found ? [found.title, segment.slice(found.employerStart)] : null;
  };

  it('splits a known title from the name of an employer after "en", "na", "no", "w" and "på"', async () => {
    expect(await split('Analista Programadora en Vinotinto Labs')).toEqual([
      'Analista Programadora',
      'Vinotinto Labs',
    ]);
    expect(await split('Engenheira de Dados na Quintal Bank')).toEqual([
      'Engenheira de Dados',
      'Quintal Bank',
    ]);
    expect(await split('Desenvolvedor Backend no Mercadinho Azul')).toEqual([
      'Desenvolvedor Backend',
      'Mercadinho Azul',
    ]);
    expect(await split('Programista Java w Zielony Most')).toEqual(['Programista Java', 'Zielony Most']);
    expect(await split('Utvecklare på Fjällrum')).toEqual(['Utvecklare', 'Fjällrum']);
    expect(await split('Dezvoltator Java la Carpatica Soft')).toEqual(['Dezvoltator Java', 'Carpatica Soft']);
  });

  it('joins at the word whose name after it is an employer, past a title held in a field', async () => {
    expect(await split('Especialista em Dados no Quintal Bank')).toEqual([
      'Especialista em Dados',
      'Quintal Bank',
    ]);
    expect(await split('Ingeniera en Sistemas en Papelera Andina')).toEqual([
      'Ingeniera en Sistemas',
      'Papelera Andina',
    ]);
  });

  it('reads a title held in a field as one title: the name after the word is a field, not an employer', async () => {
    expect(await split('Ingeniero en Sistemas Computacionales')).toBeNull();
    expect(await split('Especialista em Dados')).toBeNull();
    expect(await split('Licenciado en Informática')).toBeNull();
    expect(await split('Ingénieur en Télécommunications')).toBeNull();
    expect(await split('Técnico en Redes')).toBeNull();
    expect(await split('Consultor en Ciberseguridad')).toBeNull();
    expect(await split('Ingénieur en Automatisation')).toBeNull();
  });

  it('reads no technology, place or locative after the word as an employer', async () => {
    expect(await split('Desarrollador en Python')).toBeNull();
    expect(await split('Programista w Pythonie')).toBeNull();
    expect(await split('Desarrolladora en Madrid')).toBeNull();
  });

  it('needs a title before the word: a sentence or a degree is no header', async () => {
    expect(await split('Trabajo en Konfio')).toBeNull();
    expect(await split('Ingeniería en Tecnologías Computacionales')).toBeNull();
  });
});

describe('job headers in other languages', () => {
  it('heads an entry with a title in sentence case over its employer over its dates, with no blank line between jobs', async () => {
    const result = await extractText(
      [
        'Margaux Delorme',
        '',
        'EXPÉRIENCE PROFESSIONNELLE',
        '',
        'Ingénieure logicielle',
        'Castelnau Data, Toulouse',
        'Mars 2020 – aujourd’hui',
        'Services de facturation en Go et PostgreSQL.',
        'Développeuse backend',
        'Garonne Paiements, Bordeaux',
        'Janvier 2017 – Février 2020',
        'API de paiement en Node.js.',
        '',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Castelnau Data', 'Ingénieure logicielle', '2020-03', 'present'),
      position('Garonne Paiements', 'Développeuse backend', '2017-01', '2020-02'),
    ]);
  });

  it('reads "Title en Employer" with the dates after a tab as title and employer, one job each', async () => {
    const result = await extractText(
      [
        'Valentina Orozco',
        '',
        'EXPERIENCIA',
        '',
        'Desarrolladora Senior en Vinotinto Labs\tEnero 2021 – Actual',
        '• Servicios de pagos en Go y PostgreSQL.',
        '',
        'Desarrolladora Web en Papelera Andina\tMarzo 2018 – Diciembre 2020',
        '• Tienda en línea en PHP y MySQL.',
        '',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Vinotinto Labs', 'Desarrolladora Senior', '2021-01', 'present'),
      position('Papelera Andina', 'Desarrolladora Web', '2018-03', '2020-12'),
    ]);
  });

  it('leaves a former name in brackets out of the employer, in other languages as in English', async () => {
    const result = await extractText(
      [
        'Henrik Lundgren',
        '',
        'Erfarenhet',
        '',
        'Systemutvecklare, Norrsken Fordon (tidigare Nordvagn), Umeå',
        '2018 – 2022',
        'Styrsystem i C++.',
        '',
        'Entwickler, Alpenblick Software (früher Alpenblick Data), Graz',
        '2015 – 2018',
        'Webdienste in Java.',
        '',
        'Desenvolvedor, Caju Sistemas (antiga Caju Web), Fortaleza',
        '2013 – 2015',
        'Sites em PHP.',
        '',
      ].join('\n'),
    );
    expect(positions(result).map((item) => item.company)).toEqual([
      'Norrsken Fordon',
      'Alpenblick Software',
      'Caju Sistemas',
    ]);
  });

  it('writes the group an employer belongs to, in brackets after its name, with the name', async () => {
    const result = await extractText(
      [
        'Rizky Pratama',
        '',
        'Work Experience',
        '',
        'Backend Developer',
        'PT Sawit Digital (Nusantara Group)',
        'Okt 2021 - Sekarang',
        'Payment services in Go.',
        '',
        'Software Engineer, Kelapa Labs (Grupo Palma), Medan',
        'Jan 2018 - Sep 2021',
        'Build tooling in Python.',
        '',
      ].join('\n'),
    );
    expect(positions(result).map((item) => item.company)).toEqual([
      'PT Sawit Digital (Nusantara Group)',
      'Kelapa Labs (Grupo Palma)',
    ]);
  });

  it('reads "Title, unit, Employer, City" with the unit in lower case: the capitalised name is the employer', async () => {
    const result = await extractText(
      [
        'Maja Holmqvist',
        '',
        'Arbetslivserfarenhet',
        '',
        'Senior utvecklare, Granskog Data, Luleå',
        '2019 – 2023',
        'Tjänster i Kotlin.',
        '',
        'Testare, medicinsk teknik, Trelleborg Instrument, Malmö',
        '2016 – 2019',
        'Styrenheter i C.',
        '',
      ].join('\n'),
    );
    const found = positions(result);
    expect(found.map((item) => [item.company, item.title])).toEqual([
      ['Granskog Data', 'Senior utvecklare'],
      ['Trelleborg Instrument', 'Testare'],
    ]);
    const team = result.resume.work?.[1]?.positions?.[0]?.team;
    expect(team).toBe('medicinsk teknik');
  });

  it('keeps a title whose dash joins two titles whole when the employer is on the next line', async () => {
    const result = await extractText(
      [
        'Oskar Zieliński',
        '',
        'DOŚWIADCZENIE ZAWODOWE',
        '',
        'Programista Java',
        'Modrzew Systemy, Gdańsk',
        '05.2020 – obecnie',
        'Usługi w Spring Boot.',
        '',
        'Praktykant – Tester oprogramowania',
        'Bursztyn Soft, Gdańsk',
        '07.2019 – 09.2019',
        'Testy manualne.',
        '',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Modrzew Systemy', 'Programista Java', '2020-05', 'present'),
      position('Bursztyn Soft', 'Praktykant – Tester oprogramowania', '2019-07', '2019-09'),
    ]);
  });
});
