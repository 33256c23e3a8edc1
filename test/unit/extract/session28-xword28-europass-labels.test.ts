import { Packer, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { formGridRow, formRow, formSkillsLabel } from '../../../src/extract/form-rows.js';
import { cell, line, resumeDocument, run, table } from '../../fixtures/documents/word-parts.js';
import { extractBytes, resultRoleRows as roles, schools } from './extract-text.js';

/** Session 28: the Europass form's rows read by what their labels name, in the languages the form ships. */

describe('formRow: a Europass label in any of its languages', () => {
  it.each([
    ['• Date (da – a) | Marzo 2020 – oggi', 'dates'],
    ['• Dates (de – à) | Septembre 2020 – aujourd’hui', 'dates'],
    ['Zeitraum | 03/2021 – heute', 'dates'],
    ['• Fechas (de – a) | Marzo 2019 – actualidad', 'dates'],
    ['• Datas (de – até) | Março 2018 – Junho 2021', 'dates'],
    ['• Data (van – tot) | mei 2019 – heden', 'dates'],
    ['• Nome e indirizzo del datore di lavoro | Reply S.p.A., Torino', 'employer'],
    ['• Nom et adresse de l’employeur | Arvelle Mutuelle, Nantes', 'employer'],
    ['Name und Adresse des Arbeitgebers | Murtal Payments GmbH, Graz', 'employer'],
    ['• Nombre y dirección del empleador | Turianet S.L., Valencia', 'employer'],
    ['• Nome e endereço do empregador | Douro Sistemas, Lda., Porto', 'employer'],
    ['• Naam en adres van de werkgever | Vechtstroom IT, Utrecht', 'employer'],
    ['• Tipo di impiego | Sviluppatrice Java', 'title'],
    ['• Fonction ou poste occupé | Ingénieure logiciel', 'title'],
    ['Beruf oder Funktion | Softwareentwickler', 'title'],
    ['• Puesto o cargo ocupados | Desarrolladora', 'title'],
    ['• Função ou cargo ocupado | Programadora', 'title'],
    ['• Functie of positie | Tester', 'title'],
    ['Occupation or position held    Data Engineer', 'title'],
    ['• Principali mansioni e responsabilità | Cruscotti in Python', 'describing'],
    ['Wichtigste Tätigkeiten und Zuständigkeiten | Schnittstellen in Go', 'describing'],
    ['• Voornaamste werkzaamheden en verantwoordelijkheden | Testautomatisering', 'describing'],
    ['• Tipo di azienda o settore | Consulenza informatica', 'sector'],
    ['• Type ou secteur d’activité | Assurance santé', 'sector'],
    ['• Soort bedrijf of sector | Overheid', 'sector'],
    ['• Nome e tipo di istituto di istruzione o formazione | Politecnico di Torino', 'school'],
    ['Name und Art der Bildungs- oder Ausbildungseinrichtung | TU Graz', 'school'],
    ['• Nome e tipo da organização de ensino ou formação | Universidade do Porto', 'school'],
    ['• Qualifica conseguita | Laurea Triennale in Informatica', 'degree'],
    ['• Intitulé du certificat ou diplôme délivré | Diplôme d’ingénieur', 'degree'],
    ['Bezeichnung der erworbenen Qualifikation | Bachelor of Science', 'degree'],
    ['• Título de la cualificación obtenida | Grado en Informática', 'degree'],
    ['• Designação da qualificação atribuída | Licenciatura em Informática', 'degree'],
    ['• Naam van het diploma | BSc Informatica', 'degree'],
    ['• Principali materie / abilità professionali oggetto dello studio | Basi di dati', 'subjects'],
    ['Hauptfächer / berufliche Fähigkeiten | Datenbanken', 'subjects'],
    ['• Livello nella classificazione nazionale (se pertinente) | 110/110', 'level'],
    ['• (Si procede) Nivel alcanzado en la clasificación nacional | MECES 2', 'level'],
  ])('reads "%s" as a %s row', (text, field) => {
    expect(formRow(text)?.field).toBe(field);
  });

  it('gives the value and where it starts', () => {
    const text = '• Tipo di impiego | Stagista (tirocinio curriculare)';
    expect(formRow(text)).toEqual({ field: 'title', value: 'Stagista (tirocinio curriculare)', at: 20 });
  });

  it.each([
    'Nome | FERRANTE, Giulia',
    'Data di nascita | 22/07/1992',
    'Senior Engineer  Acme Corp',
    'Name and surname | Tone Halvorsen',
    'Datum | Amersfoort',
    'Functieomschrijving | beheer van servers',
  ])('reads "%s" as no form row', (text) => {
    expect(formRow(text)).toBeNull();
  });
});

describe("the Europass form's other rows in its languages", () => {
  it.each([
    'Capacità e competenze tecniche',
    'Aptitudes et compétences informatiques',
    'Technische Fähigkeiten und Kompetenzen',
    'Capacidades y aptitudes técnicas',
    'Aptidões e competências técnicas',
    'Technische vaardigheden en competenties',
    'Technical skills and competences',
  ])('reads "%s" as the name of a skills group', (label) => {
    expect(formSkillsLabel(label)).toBe(true);
  });

  it('reads no other label as a Europass skills row', () => {
    expect(formSkillsLabel('Capacità e competenze organizzative e gestionali')).toBe(false);
    expect(formSkillsLabel('Technical skills')).toBe(false);
  });

  it.each([
    'Madrelingua | Italiano',
    'Langue maternelle | Français',
    'Muttersprache(n) | Deutsch',
    'Lengua materna | Español',
    'Patente o patenti | B',
    'Permis de conduire | B',
    'Führerschein(e) | B',
    'Rijbewijs | B',
  ])('reads "%s" as a row that holds no technology', (text) => {
    expect(formGridRow(text)).toBe(true);
  });
});

describe('the old Europass Word template in Dutch and Portuguese', () => {
  const row = (left: string, right: string) =>
    new TableRow({
      children: [cell([line(run(left))], 33), cell(right === '' ? [] : [line(run(right))], 67)],
    });
  const europass = (rows: [string, string][]) =>
    resumeDocument('Europass', [table(rows.map(([left, right]) => row(left, right)))]);

  it('reads each Dutch job block and study block, the employer without its address', async () => {
    const document = europass([
      ['PERSOONLIJKE INFORMATIE', ''],
      ['Naam', 'DE GRAAF, Sanne'],
      ['WERKERVARING', ''],
      ['• Data (van – tot)', 'mei 2019 – heden'],
      ['• Naam en adres van de werkgever', 'Polderdata B.V., Stationsplein 4, Zwolle'],
      ['• Soort bedrijf of sector', 'Informatietechnologie'],
      ['• Functie of positie', 'Data-engineer'],
      ['• Voornaamste werkzaamheden en verantwoordelijkheden', 'Pijplijnen in Python en Apache Airflow.'],
      ['', ''],
      ['• Data (van – tot)', 'sep 2016 – apr 2019'],
      ['• Naam en adres van de werkgever', 'Waterschap Drents Overijsselse Delta, Zwolle'],
      ['• Soort bedrijf of sector', 'Overheid'],
      ['• Functie of positie', 'Applicatiebeheerder'],
      ['OPLEIDING EN SCHOLING', ''],
      ['• Data (van – tot)', 'sep 2012 – jul 2016'],
      [
        '• Naam en type organisatie die het onderwijs of de opleiding heeft verzorgd',
        'Hogeschool Windesheim',
      ],
      ['• Naam van het diploma', 'Bachelor of ICT'],
      ['• Niveau in nationale classificatie (indien van toepassing)', 'NLQF 6'],
    ]);
    const result = await extractBytes(new Uint8Array(await Packer.toBuffer(document)), 'europass.docx');
    expect(roles(result)).toEqual([
      ['Polderdata B.V.', 'Data-engineer', '2019-05', 'present'],
      ['Waterschap Drents Overijsselse Delta', 'Applicatiebeheerder', '2016-09', '2019-04'],
    ]);
    expect(schools(result).map((school) => school.institution)).toEqual(['Hogeschool Windesheim']);
  });

  it('reads a Portuguese job block whose title carries how it was held', async () => {
    const document = europass([
      ['EXPERIÊNCIA PROFISSIONAL', ''],
      ['• Datas (de – até)', 'Março 2018 – Junho 2021'],
      ['• Nome e endereço do empregador', 'Douro Sistemas, Lda., Rua de Santa Catarina 90, Porto'],
      ['• Tipo de empresa ou sector', 'Serviços informáticos'],
      ['• Função ou cargo ocupado', 'Programadora (estágio)'],
      ['• Principais actividades e responsabilidades', 'Aplicações em Java e Oracle.'],
    ]);
    const result = await extractBytes(new Uint8Array(await Packer.toBuffer(document)), 'europass.docx');
    expect(roles(result)).toEqual([['Douro Sistemas, Lda.', 'Programadora', '2018-03', '2021-06']]);
  });
});
